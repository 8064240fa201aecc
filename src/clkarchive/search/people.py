"""The speakers of the archive: each person once, with every talk of theirs, whichever way a talk spells them.

A person is one name in Chinese characters (李泽帆), with the spellings in
Latin letters that read as it ("Li Zefan", "Zefan Li", "Ze-fan Li"), or a name
only ever written in Latin letters. A Latin spelling joins a Chinese name only
when exactly one Chinese name of the archive reads that way: two people whose
names sound alike stay two people. The reading is index/names.py's, the one the
index gives the speakers_pinyin field, so a page and a search agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from clkarchive.index.analysis import is_cjk
from clkarchive.index.names import in_characters, reading
from clkarchive.models import IndexedFile, Speaker, TalkCard

MAX_NAME_WORDS = 4  # a query longer than this is never just a name
_NOT_A_NAME = re.compile(r"[^\w\s.'’-]|[\d_]")  # operators, quotes, digits: a search, not a name


class Directory:
    """Every speaker of the talks (slides and agenda-only talks; materials have none), by name, and
    the ways each can be asked for: made once per index generation, asked on every search."""

    def __init__(self, files: Iterable[IndexedFile], years: Mapping[str, int | None]) -> None:
        talks: dict[str, list[tuple[str, TalkCard]]] = {}  # a person's key -> (spelling, talk)
        for f in files:
            t = f.talk
            for i, name in enumerate(t.speakers if t.kind != "material" else ()):
                name = " ".join(name.split())
                if not name:
                    continue
                affiliation = t.affiliations[i] if i < len(t.affiliations) else ""
                talks.setdefault(_key(name), []).append((name, card(f, years.get(f.source), affiliation)))
        _join_latin_spellings(talks)
        people = [_speaker(found) for found in talks.values()]
        self.people = sorted(
            people, key=lambda p: (not in_characters(p.name), p.pinyin.lower() or p.name.lower())
        )
        self._heard: dict[str, list[Speaker]] = {}
        for person in self.people:
            for form in _heard(person):
                self._heard.setdefault(form, []).append(person)

    def named(self, text: str) -> list[Speaker]:
        """The speakers a text is just the name of: in Chinese characters, or in Latin letters surname
        first or last, with or without tone marks and hyphens. Empty for anything else."""
        found = {id(p): p for form in _spoken(text) for p in self._heard.get(form, [])}
        return list(found.values())


def card(f: IndexedFile, year: int | None, affiliation: str = "") -> TalkCard:
    """A held talk as a list of talks shows it."""
    t = f.talk
    return TalkCard(
        f.source, year, t.title, t.forum, t.kind, t.path, f.blob, f.pages, t.date, t.start, affiliation,
        list(t.speakers),
    )  # fmt: skip


def _key(name: str) -> str:
    if in_characters(name):
        return "zh:" + "".join(name.split())
    return "en:" + min(_orders(_words(name)) or {name.casefold()})


def _words(name: str) -> list[str]:
    """A Latin name's words, lower case, tone marks dropped, hyphenated parts joined (Kai-xian)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.findall(r"\w+", re.sub(r"[-'’.]", "", plain.casefold()))


def _orders(words: list[str]) -> set[str]:
    """A name's words run together as written, with the last moved first, and with the first moved
    last: surname first or last, however the given name is cut."""
    if not words:
        return set()
    return {"".join(words), "".join(words[-1:] + words[:-1]), "".join(words[1:] + words[:1])}


def _read(name: str) -> str | None:
    """A Chinese name's pinyin run together, surname first (李泽帆 -> lizefan)."""
    read = reading(name)
    return read[0] + "".join(read[1]) if read else None


def _join_latin_spellings(talks: dict[str, list[tuple[str, TalkCard]]]) -> None:
    by_sound: dict[str, list[str]] = {}
    for key in talks:
        if key.startswith("zh:") and (sound := _read(key[3:])):
            by_sound.setdefault(sound, []).append(key)
    for key in [k for k in talks if k.startswith("en:")]:
        spelling = talks[key][0][0]
        matches = {k for order in _orders(_words(spelling)) for k in by_sound.get(order, [])}
        if len(matches) == 1:
            talks[matches.pop()] += talks.pop(key)


def _speaker(found: list[tuple[str, TalkCard]]) -> Speaker:
    found.sort(
        key=lambda st: (st[1].year or 0, st[1].date or "", st[1].start or "", st[1].source), reverse=True
    )
    spellings = Counter(name for name, _ in found)
    chinese = [n for n in spellings if in_characters(n)]
    name = "".join(chinese[0].split()) if chinese else spellings.most_common(1)[0][0]
    read = reading(name)
    pinyin = f"{read[0].title()} {''.join(read[1]).title()}" if read else ""
    affiliations = list(dict.fromkeys(t.affiliation for _, t in found if t.affiliation))
    others = [n for n in spellings if n != name and "".join(n.split()) != name]
    return Speaker(name, pinyin, others, affiliations, [t for _, t in found])


def _spoken(text: str) -> set[str]:
    """The forms a query that is just a name is heard as; empty for a query that is not a name."""
    text = " ".join(text.split())
    compact = text.replace(" ", "")
    if not compact or _NOT_A_NAME.search(text):
        return set()
    if in_characters(compact):
        return {"zh:" + compact}
    words = _words(text)
    if len(words) > MAX_NAME_WORDS or any(is_cjk(c) for c in compact):
        return set()
    return {"py:" + order for order in _orders(words)}


def _heard(person: Speaker) -> set[str]:
    heard = {"zh:" + n for n in [person.name, *person.spellings] if in_characters(n)}
    if sound := _read(person.name):
        heard.add("py:" + sound)
    for spelling in [person.name, *person.spellings]:
        if not in_characters(spelling):
            heard |= {"py:" + order for order in _orders(_words(spelling))}
    return heard
