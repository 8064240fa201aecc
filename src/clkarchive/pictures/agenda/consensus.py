"""Several posters of one conference reconciled talk by talk.

A forum's card poster and the full agenda say the same thing in different
fonts, and OCR misreads each differently; where they agree, or where one
reading fits its neighbours, is the likelier truth.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from clkarchive.pictures.agenda.kinds import is_address
from clkarchive.pictures.agenda.records import AgendaTalk, Forum, Schedule, Slot
from clkarchive.pictures.agenda.words import PUNCTUATION, forum_key, norm, same_person

SHOWN = 0.8  # a field read less surely than this (0-1) is withheld: shown as nothing, with the reason


def reconcile(schedules: Sequence[Schedule], names: Iterable[str] = ()) -> list[AgendaTalk]:
    """The talks of a conference, each field from the posters that agree on it.

    The same talk on two posters is found by forum and title; for its time,
    a reading that fits its neighbours (starts when the previous slot ends) and
    that more posters give wins, which corrects the digital-clock font's misreads.
    A talk whose speaker was printed run into their role is given the speaker
    when the name is known: from another talk, or from names (the decks' file names).
    """
    readings: list[list[tuple[Schedule, Forum, int]]] = []  # per talk: where it is printed
    for schedule in sorted(schedules, key=lambda s: -len(s.forums)):
        for forum in schedule.forums:
            for i, slot in enumerate(forum.slots):
                if slot.kind not in ("talk", "panel"):  # a panel is a talk of its guests
                    continue
                same = next((r for r in readings if _same_talk(r[0], (forum, slot))), None)
                if same is None:
                    readings.append([(schedule, forum, i)])
                else:
                    same.append((schedule, forum, i))
    talks: list[AgendaTalk] = []
    numbers: dict[str, int] = {}
    for reading in readings:
        schedule, forum, i = max(reading, key=lambda r: len(r[0].forums) == 1)  # a forum's own poster
        slots = [(f, f.slots[j]) for _, f, j in reading]
        forum_name = reading[0][1].name
        start, end = _best_times([r for r in reading if r[1].slots[r[2]].time_sure >= SHOWN])
        withheld = []
        if start is None and any(f.slots[j].start for _, f, j in reading):
            withheld.append(("time", "where its time stands among the poster's lines is unclear"))
        sure = [(len(s.forums) == 1, f.slots[j]) for s, f, j in reading if f.slots[j].speakers_sure >= SHOWN]
        speakers, affiliations = _best_speakers(sure)
        unsure = (
            () if speakers else next((f.slots[j].speakers for _, f, j in reading if f.slots[j].speakers), ())
        )
        if unsure:
            withheld.append(("speakers", "the names printed with it were not read surely"))
        if not forum_name:
            withheld.append(("forum", "no forum heading over it was read on the poster"))
        # The title the others agree with most; of equals, the one with the most spaces
        # (OCR drops the spaces between words, it does not add them).
        title = max(
            (s.title for _, s in slots),
            key=lambda t: (sum(fuzz.ratio(norm(t), norm(u.title)) for _, u in slots), t.count(" ")),
        )
        bio = max((s.biography for _, s in slots), key=len)
        date = next((d for s, f, _ in reading if (d := f.date or (None if s.several_days else s.date))), None)
        date = None if withheld and withheld[0][0] == "time" else date
        kind = slots[0][1].kind
        slot = Slot(kind, start, end, title, speakers, affiliations, bio)
        # An address or a panel is no talk of the forum's numbered list (the decks' file names
        # count those): 0.
        number = 0
        if kind == "talk" and not is_address(title):
            number = numbers[forum_name] = numbers.get(forum_name, 0) + 1
        talks.append(AgendaTalk(forum_name, number, slot, date, schedule.poster, tuple(withheld), unsure))
    names = set(names)
    talks = [replace(t, slot=_spelled(t.slot, names)) for t in talks]
    known = {n for t in talks for n in t.slot.speakers} | names
    return [t if t.slot.speakers or t.withheld else replace(t, slot=_named(t.slot, known)) for t in talks]


def _spelled(slot: Slot, names: set[str]) -> Slot:
    """slot with each speaker one character away from a name a deck's file name gives spelt as the
    file name spells it: the file name was typed, the poster was read by OCR."""
    spelt = []
    for speaker in slot.speakers:
        near = [n for n in names if n != speaker and same_person(speaker, n)]
        spelt.append(near[0] if len(near) == 1 and speaker not in names else speaker)
    return replace(slot, speakers=tuple(spelt)) if spelt != list(slot.speakers) else slot


def _named(slot: Slot, known: set[str]) -> Slot:
    """slot with the known names its biography opens with as speakers, the text after each its role."""
    bio, by_length = slot.biography, sorted(known, key=len, reverse=True)
    found: list[tuple[int, str]] = []
    at = 0
    while at >= 0 and (name := next((n for n in by_length if bio.startswith(n, at)), None)):
        found.append((at, name))
        at = min((i for n in known if (i := bio.find(n, at + len(name))) >= 0), default=-1)
    if not found:
        return slot
    ends = [at for at, _ in found[1:]] + [len(bio)]
    roles = tuple(bio[at + len(n) : e].strip(PUNCTUATION) for (at, n), e in zip(found, ends, strict=True))
    return replace(slot, speakers=tuple(n for _, n in found), affiliations=roles if any(roles) else ())


def _same_talk(reading: tuple[Schedule, Forum, int], other: tuple[Forum, Slot]) -> bool:
    _, forum, i = reading
    slot = forum.slots[i]
    if forum.name and other[0].name and fuzz.ratio(forum_key(forum.name), forum_key(other[0].name)) < 50:
        return False
    return fuzz.ratio(norm(slot.title), norm(other[1].title)) >= 70


def _best_times(reading: list[tuple[Schedule, Forum, int]]) -> tuple[str | None, str | None]:
    """The (start, end) the posters agree on most, a reading that fits its neighbours counting more."""
    votes: dict[tuple[str | None, str | None], float] = {}
    for _, forum, i in reading:
        slot = forum.slots[i]
        if slot.start is None:
            continue
        before = forum.slots[i - 1].end if i else None
        after = forum.slots[i + 1].start if i + 1 < len(forum.slots) else None
        fits = (before == slot.start) + (after == slot.end)
        votes[(slot.start, slot.end)] = votes.get((slot.start, slot.end), 0) + 1 + fits
    return max(votes, key=lambda t: votes[t]) if votes else (None, None)


def _best_speakers(readings: list[tuple[bool, Slot]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The speakers most posters agree on, then the most found, then a forum's own poster's
    (its names are printed large); the affiliations from wherever given.

    readings: (from a forum's own poster, the slot there) for each poster that prints the talk.
    """
    slots = [s for _, s in readings]
    lists = [s.speakers for s in slots if s.speakers]
    if not lists:
        return (), ()
    own = {s.speakers for o, s in readings if o}
    speakers = max(lists, key=lambda names: (lists.count(names), len(names), names in own))
    affiliations = []
    for name in speakers:
        given = [
            s.affiliations[s.speakers.index(name)]
            for s in slots
            if name in s.speakers and len(s.affiliations) == len(s.speakers)
        ]
        # A poster that ran the name into its role ("李泽帆字节跳动内核负责人") kept it as biography.
        given += [s.biography[len(name) :] for s in slots if not s.speakers and s.biography.startswith(name)]
        affiliations.append(next((a for a in given if a), ""))
    return speakers, tuple(affiliations) if any(affiliations) else ()
