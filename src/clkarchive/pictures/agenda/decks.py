"""The agenda's talks matched to a source's decks, which gain its speakers, date and times.

Matching is by normalised title similarity, with the forum and the deck's
number as hints, then by order between matched neighbours (a Chinese poster
and an English deck share no words); talks no deck matches become agenda talks.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from clkarchive.models import IndexedFile, Talk
from clkarchive.pictures.agenda.consensus import reconcile
from clkarchive.pictures.agenda.poster import parse
from clkarchive.pictures.agenda.records import AgendaTalk, Relabelling
from clkarchive.pictures.agenda.words import forum_key, join, norm
from clkarchive.pictures.ocr import OcrBox

# Named for the package, not this module: the warnings keep the logger name they had before
# the package was split, which logging configuration and tests select them by.
log = logging.getLogger("clkarchive.pictures.agenda")

MATCH_SCORE = 75.0  # a deck and an agenda talk are the same talk from this score up (0-100, +5 per hint)


def relabel(
    files: Sequence[IndexedFile],
    posters: Mapping[str, Sequence[OcrBox]],
    year: int | None = None,
) -> Relabelling:
    """The agenda of a source's posters (path -> OCR boxes) applied to its indexed files.

    Each agenda talk is matched to at most one deck; the deck gains the
    speakers (unless its file name names them: those win, and a disagreement is
    logged), date, start, end and affiliations. Talks with no deck become talks
    of kind "agenda" whose path is their poster.
    """
    schedules = [parse(path, boxes, year) for path, boxes in sorted(posters.items())]
    talks = reconcile(schedules, {n for f in files for n in f.talk.speakers})
    decks = [f for f in files if f.talk.kind == "slides"]
    pairs = sorted(
        ((_match_score(t, f.talk), n, m) for n, t in enumerate(talks) for m, f in enumerate(decks)),
        reverse=True,
    )
    matched: dict[int, int] = {}  # agenda talk -> deck
    taken: set[int] = set()
    for score, n, m in pairs:
        if score < MATCH_SCORE:
            break
        if n not in matched and m not in taken:
            matched[n] = m
            taken.add(m)
    _match_by_order(talks, decks, matched)
    completed = {decks[m].talk.path: _completed(decks[m].talk, talks[n]) for n, m in matched.items()}
    # The folder of an agenda forum: where its other talks' decks are, else the nearest name.
    held = Counter((talks[n].forum, decks[m].talk.forum, decks[m].talk.forum_en) for n, m in matched.items())
    folders = {forum_key(f.talk.forum): (f.talk.forum, f.talk.forum_en) for f in files}
    for (forum, *folder), _ in reversed(held.most_common()):
        folders[forum_key(forum)] = (folder[0], folder[1])
    agenda = [
        (
            _agenda_talk(t, folders),
            join([t.slot.title, *t.slot.speakers, *t.slot.affiliations, t.slot.biography]),
        )
        for n, t in enumerate(talks)
        if n not in matched
    ]
    return Relabelling([completed.get(f.talk.path, f.talk) for f in decks], agenda, talks)


def _match_by_order(talks: list[AgendaTalk], decks: list[IndexedFile], matched: dict[int, int]) -> None:
    """Match the decks left whose titles say nothing alike (a Chinese poster, an English deck) by
    their number, where the talks before and after in the same forum matched the decks numbered
    before and after."""
    deck_at = {(decks[m].talk.forum, decks[m].talk.order): n for n, m in matched.items()}
    forum_of = {talks[n].forum: decks[m].talk.forum for n, m in matched.items()}
    talk_at = {(t.forum, t.number): n for n, t in enumerate(talks)}
    taken = set(matched.values())
    for m, deck in enumerate(decks):
        order = deck.talk.order
        if m in taken or order is None:
            continue
        forum = next((f for f, folder in forum_of.items() if folder == deck.talk.forum), None)
        if forum is None:
            continue
        n = talk_at.get((forum, order))
        if n is None or n in matched:
            continue
        neighbours = [
            deck_at.get((deck.talk.forum, order + d)) == talk_at.get((forum, order + d))
            for d in (-1, 1)
            if (forum, order + d) in talk_at
        ]
        if neighbours and all(neighbours):
            matched[n] = m
            taken.add(m)


def _match_score(talk: AgendaTalk, deck: Talk) -> float:
    a, b = norm(talk.slot.title), norm(deck.title)
    score = max(fuzz.ratio(a, b), 0.9 * fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 6 else 0)
    if fuzz.ratio(forum_key(talk.forum), forum_key(deck.forum)) >= 60:
        score += 5
    if deck.order == talk.number:
        score += 5
    return score


def _completed(deck: Talk, talk: AgendaTalk) -> Talk:
    slot = talk.slot
    speakers, affiliations = slot.speakers, slot.affiliations
    if deck.speakers and speakers and {norm(s) for s in deck.speakers} != {norm(s) for s in speakers}:
        log.warning(
            "%s: the file name says %s, the agenda %s; keeping the file name's",
            deck.path,
            "、".join(deck.speakers),
            "、".join(speakers),
        )
    if deck.speakers:
        by_name = dict(zip(speakers, affiliations, strict=False))
        speakers = deck.speakers
        affiliations = tuple(by_name.get(s, "") for s in speakers)
        affiliations = affiliations if any(affiliations) else ()
    withheld = tuple((k, why) for k, why in talk.withheld if not (k == "speakers" and deck.speakers))
    return replace(
        deck,
        speakers=speakers,
        affiliations=affiliations,
        date=talk.date,
        start=slot.start,
        end=slot.end,
        withheld=withheld,
    )


def _agenda_talk(talk: AgendaTalk, folders: dict[str, tuple[str, str]]) -> Talk:
    """A talk with no deck, in the forum folder its forum's name is (or matches), if any.

    folders: forum name key -> (folder, its English name).
    """
    key = forum_key(talk.forum)
    near = max(folders, key=lambda k: (k == key, fuzz.ratio(k, key)), default=None)
    forum, forum_en = folders[near] if near is not None and fuzz.ratio(near, key) >= 60 else (talk.forum, "")
    slot = talk.slot
    return Talk(
        path=talk.poster,
        kind="agenda",
        forum=forum,
        forum_en=forum_en,
        order=talk.number,
        title=slot.title,
        speakers=slot.speakers,
        note="no deck in the repository; from the agenda poster",
        date=talk.date,
        start=slot.start,
        end=slot.end,
        affiliations=slot.affiliations,
        withheld=talk.withheld,
    )


def unlabelled(held: Talk, named: Talk) -> Talk:
    """held as its file name alone describes it: without what the agenda added.

    So that a sync compares a deck's indexed metadata with its path's, and a
    deck the agenda completed is not taken for a changed one.
    """
    speakers = held.speakers if named.speakers else ()
    return replace(held, speakers=speakers, date=None, start=None, end=None, affiliations=(), withheld=())
