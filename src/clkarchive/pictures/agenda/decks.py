"""The agenda's talks matched to a source's decks, which gain its speakers, date, times and forum.

A deck and a poster talk are the same talk when their titles say the same
(alike as written, or word for word across languages through the term bridge:
an English file name for a Chinese title; or the poster's title printed on the
deck's title page, or said there in the other language), the file name's
speakers (or the title page's) are the poster's, and the forum and the deck's
number agree; then by order between matched neighbours. A match is made only
when it is sure: its score is high and clearly above the next candidate's on
both sides, so that a deck keeps its own fields and a talk stays agenda-only
rather than being given another's.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from clkarchive.models import IndexedFile, Talk, TermBridge
from clkarchive.pictures.agenda.consensus import reconcile
from clkarchive.pictures.agenda.poster import parse
from clkarchive.pictures.agenda.recordings import named_as_linked, recording_of
from clkarchive.pictures.agenda.records import AgendaTalk, Opening, Relabelling
from clkarchive.pictures.agenda.words import forum_key, join, norm, same_person
from clkarchive.pictures.ocr import OcrBox

# Named for the package, not this module: the warnings keep the logger name they had before
# the package was split, which logging configuration and tests select them by.
log = logging.getLogger("clkarchive.pictures.agenda")

MATCH_SCORE = 75.0  # a deck and an agenda talk are the same talk from this score up (0-100 and hints)
# ... and only when the next candidate, of the deck or of the talk, scores this much less: two
# talks alike enough to tie are told apart by nothing sure, and a wrong time is worse than none.
MATCH_MARGIN = 10.0
ORDER_SURE = 0.8  # how sure a match by order between matched neighbours is
SHORT_TITLE = 6  # a title shorter than this (normalised) is matched as a whole word, never fuzzily
# A speaker both name: a strong hint, and enough with a title half alike when nobody else gives that name.
SPEAKER_HINT, SHARED_SPEAKER_HINT = 40.0, 15.0
HINT = 5.0  # the forum's name alike; the deck's number the talk's place in its forum
SAME_TITLE = 90.0  # a poster's title this alike to the file name's is the same, read a little off

# Words a title's meaning does not rest on, in either language.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "on", "in", "for", "and", "with", "by", "at", "from", "via", "into", "is"}
)
_CJK_FUNCTION = "的与和及之"
_LATIN_WORD = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_MAX_PHRASE = 3  # words of an English phrase looked up as one term ("live migration", "page cache")


def relabel(
    files: Sequence[IndexedFile],
    posters: Mapping[str, Sequence[OcrBox]],
    year: int | None = None,
    bridge: TermBridge | None = None,
    recordings: Mapping[str, str] | None = None,
    openings: Mapping[str, Opening] | None = None,
) -> Relabelling:
    """The agenda of a source's posters (path -> OCR boxes) applied to its indexed files.

    Each deck is matched to at most one agenda talk, and a talk to one deck
    (or to several decks of one title: a deck and its export). The deck gains
    the speakers (unless its file name names them: those win, and a
    disagreement is logged), date, start, end, affiliations and, when it lies
    at the repository's root, the talk's forum. Talks with no deck become talks
    of kind "agenda" whose path is their poster. bridge translates English
    words for titles in two languages; recordings (forum as a link names it ->
    url, from the repository's README) give each talk of a forum its link; openings
    (deck path -> its title page) help find a deck's talk, and confirm speakers the
    poster read unsurely.
    """
    schedules = [parse(path, boxes, year) for path, boxes in sorted(posters.items())]
    links = recordings or {}
    talks = [
        replace(t, forum=named_as_linked(t.forum, links))
        for t in reconcile(schedules, {n for f in files for n in f.talk.speakers})
    ]
    decks = [f.talk for f in files if f.talk.kind == "slides"]
    opened = [(openings or {}).get(d.path, Opening()) for d in decks]
    matched = _match(talks, decks, _Titles(talks, decks, opened, bridge))
    completed = {decks[m].path: _completed(decks[m], talks[n], opened[m]) for m, (n, _) in matched.items()}
    # The folder of an agenda forum: where its other talks' decks are, else the nearest name.
    held = Counter(
        (talks[n].forum, decks[m].forum, decks[m].forum_en) for m, (n, _) in matched.items() if decks[m].forum
    )
    folders = {forum_key(t.forum): (t.forum, t.forum_en) for t in decks if t.forum}
    for (forum, *folder), _ in reversed(held.most_common()):
        folders[forum_key(forum)] = (folder[0], folder[1])
    taken = {n for n, _ in matched.values()}
    agenda = [
        (
            _agenda_talk(t, folders),
            join([t.slot.title, *t.slot.speakers, *t.slot.affiliations, t.slot.biography]),
        )
        for n, t in enumerate(talks)
        if n not in taken
    ]
    return Relabelling(
        [_recorded(completed.get(t.path, t), links) for t in decks],
        [(_recorded(t, links), text) for t, text in agenda],
        talks,
        {decks[m].path: sure for m, (_, sure) in matched.items()},
    )


def _recorded(talk: Talk, recordings: Mapping[str, str]) -> Talk:
    return replace(talk, recording=recording_of(talk.forum, recordings)) if recordings else talk


def _match(talks: list[AgendaTalk], decks: list[Talk], titles: _Titles) -> dict[int, tuple[int, float]]:
    """deck -> (agenda talk, how sure, 0-1), for the sure matches only."""
    names = Counter(norm(s) for t in talks for s in set(t.slot.speakers or t.unsure))
    scores = [
        [_score(t, d, titles.opening(m), titles.alike(n, m), names) for n, t in enumerate(talks)]
        for m, d in enumerate(decks)
    ]
    same_title = [[m2 for m2, d2 in enumerate(decks) if norm(d2.title) == norm(d.title)] for d in decks]
    candidates = []
    for m, row in enumerate(scores):
        for n, score in enumerate(row):
            if score < MATCH_SCORE:
                continue
            # The next best of the deck (another talk), and of the talk (a deck of another title).
            rival = max([s for n2, s in enumerate(row) if n2 != n] + [0.0])
            rival = max([scores[m2][n] for m2 in range(len(decks)) if m2 not in same_title[m]] + [rival])
            if score - rival >= MATCH_MARGIN:
                candidates.append((score, m, n))
    matched: dict[int, tuple[int, float]] = {}
    owner: dict[int, int] = {}  # agenda talk -> the first deck given it
    for score, m, n in sorted(candidates, reverse=True):
        if m in matched or (n in owner and owner[n] not in same_title[m]):
            continue
        matched[m] = (n, min(score, 100.0) / 100)
        owner.setdefault(n, m)
    _match_by_order(talks, decks, matched)
    return matched


Matches = dict[int, tuple[int, float]]  # deck -> (agenda talk, how sure the match is, 0-1)


def _match_by_order(talks: list[AgendaTalk], decks: list[Talk], matched: Matches) -> None:
    """Match the decks left whose titles say nothing alike enough by their number, where the talks
    before and after in the same forum matched the decks numbered before and after."""
    deck_at = {(decks[m].forum, decks[m].order): n for m, (n, _) in matched.items() if decks[m].forum}
    forum_of = {talks[n].forum: decks[m].forum for m, (n, _) in matched.items() if decks[m].forum}
    talk_at = {(t.forum, t.number): n for n, t in enumerate(talks)}
    taken = {n for n, _ in matched.values()}
    for m, deck in enumerate(decks):
        order = deck.order
        if m in matched or order is None or not deck.forum:
            continue
        forum = next((f for f, folder in forum_of.items() if folder == deck.forum), None)
        if forum is None:
            continue
        n = talk_at.get((forum, order))
        if n is None or n in taken:
            continue
        neighbours = [
            deck_at.get((deck.forum, order + d)) == talk_at.get((forum, order + d))
            for d in (-1, 1)
            if (forum, order + d) in talk_at
        ]
        if neighbours and all(neighbours):
            matched[m] = (n, ORDER_SURE)
            taken.add(n)


def _score(talk: AgendaTalk, deck: Talk, opening: str, title: float, names: Counter[str]) -> float:
    """How alike a deck and a talk are: their titles (0-100), and hints from speakers (named by
    the deck's file name or printed on its title page: opening, normalised), forum, number."""
    score = title
    shared = [
        s
        for s in talk.slot.speakers or talk.unsure
        if any(same_person(s, d) for d in deck.speakers) or (len(norm(s)) >= 2 and norm(s) in opening)
    ]
    if shared:  # a name only this talk gives says more than one who speaks twice
        score += SPEAKER_HINT if any(names[norm(s)] == 1 for s in shared) else SHARED_SPEAKER_HINT
    if talk.forum and deck.forum and fuzz.ratio(forum_key(talk.forum), forum_key(deck.forum)) >= 60:
        score += HINT
    if deck.order is not None and deck.order == talk.number:
        score += HINT
    return score


@dataclass(frozen=True)
class _Title:
    """A title cut for comparing across languages."""

    text: str  # normalised: letters and digits
    words: tuple[str, ...]  # its Latin words, lower case, function words left out
    cjk: str  # its Chinese characters, function characters left out

    @classmethod
    def of(cls, title: str) -> _Title:
        folded = unicodedata.normalize("NFKC", title).casefold()
        words = tuple(w for w in _LATIN_WORD.findall(folded) if w not in _FUNCTION_WORDS)
        cjk = "".join(_CJK_RUN.findall(folded))
        return cls(norm(title), words, "".join(c for c in cjk if c not in _CJK_FUNCTION))

    def phrases(self) -> Iterable[tuple[int, int]]:
        """(start, end) of every run of one to _MAX_PHRASE words."""
        for i in range(len(self.words)):
            for j in range(i + 1, min(i + _MAX_PHRASE, len(self.words)) + 1):
                yield i, j


class _Titles:
    """How alike each talk's and deck's titles are, as written or through the term bridge."""

    def __init__(
        self, talks: list[AgendaTalk], decks: list[Talk], opened: list[Opening], bridge: TermBridge | None
    ) -> None:
        self._talks = [_Title.of(t.slot.title) for t in talks]
        self._decks = [_Title.of(d.title) for d in decks]
        self._openings = [[norm(page) for page in o.pages] for o in opened]
        # Each title page's first line, where a deck prints its title in its own language
        # ("RISC-V 64K Base Page" in "riscv64k.pptx", for "RISC-V 上的 64K 基础页面").
        self._printed = [[_Title.of(page.strip().split("\n", 1)[0]) for page in o.pages] for o in opened]
        self._equivalents: Mapping[str, Collection[str]] = {}
        if bridge is not None:
            titles = self._talks + self._decks + [t for printed in self._printed for t in printed]
            asked = {_phrase(t, i, j) for t in titles for i, j in t.phrases()}
            self._equivalents = bridge(sorted(asked)) if asked else {}

    def opening(self, m: int) -> str:
        """Deck m's title page, normalised: its first pages' openings, one after the other."""
        return "".join(self._openings[m])

    def alike(self, n: int, m: int) -> float:
        a, b = self._talks[n], self._decks[m]
        score = float(fuzz.ratio(a.text, b.text))
        if min(len(a.text), len(b.text)) >= SHORT_TITLE:
            score = max(score, 0.9 * fuzz.partial_ratio(a.text, b.text))
        elif a.text and b.text:  # "ublk" is the talk "ublk：…" only as a whole word of it
            short, other = (a, b) if len(a.text) < len(b.text) else (b, a)
            if short.text in {norm(w) for w in other.words}:
                score = max(score, 90.0)
        # A title page opens with the title the poster prints, whatever the file is called: the
        # poster's title found there, read as a title found inside a longer one.
        for page in self._openings[m]:
            opening = page[: 3 * len(a.text)]
            if len(a.text) >= SHORT_TITLE and len(opening) >= len(a.text):
                score = max(score, 0.9 * fuzz.partial_ratio(a.text, opening))
        bridged = max([self._bridged(a, b)] + [self._bridged(a, p) for p in self._printed[m]])
        return max(score, 100 * bridged)

    def _bridged(self, a: _Title, b: _Title) -> float:
        """The share of both titles that the other says too: a Latin word (counting as two
        characters) said in both or translated into the other's Chinese, a Chinese character in a
        translation or in a run of two or more both share."""
        total = 2 * (len(a.words) + len(b.words)) + len(a.cjk) + len(b.cjk)
        if not total or not (a.words or b.words):
            return 0.0
        said = 0
        for one, other in ((a, b), (b, a)):
            met = [w in other.words for w in one.words]
            covered = [False] * len(other.cjk)
            for i, j in one.phrases():
                for said_so in self._equivalents.get(_phrase(one, i, j), ()):
                    term = "".join(_CJK_RUN.findall(said_so))
                    term = "".join(c for c in term if c not in _CJK_FUNCTION)
                    at = other.cjk.find(term)
                    if term and at >= 0:
                        met[i:j] = [True] * (j - i)
                        covered[at : at + len(term)] = [True] * len(term)
            said += 2 * sum(met)
            for k in range(len(other.cjk) - 1):  # Chinese both say, two characters or more
                if other.cjk[k : k + 2] in one.cjk:
                    covered[k : k + 2] = [True, True]
            said += sum(covered)
        return said / total


def _phrase(title: _Title, i: int, j: int) -> str:
    return " ".join(title.words[i:j])


def _completed(deck: Talk, talk: AgendaTalk, opening: Opening) -> Talk:
    slot = talk.slot
    speakers, affiliations = slot.speakers, slot.affiliations
    # Names the poster read unsurely that the deck's title page names too, all and no more: two
    # readings of one list agree, and the typed one spells them (汪劫文 read for 汪劼文, a
    # character OCR was unsure of, as a file name's spelling is taken: consensus._spelled). Not
    # where the poster kept a line beside them (biography): it may be one more speaker's that
    # neither reading took ("Chris Li Google", a Latin name a title page gives without an address).
    spelt = [next((n for n in opening.speakers if same_person(n, s)), "") for s in talk.unsure]
    confirmed = (
        bool(talk.unsure) and not slot.biography and all(spelt) and len(set(spelt)) == len(opening.speakers)
    )
    if confirmed:
        speakers = tuple(spelt)
    # A file name may name the talk's first speaker, a poster all of them ("…_vivo_郭纯海.pdf",
    # "郭纯海、杨晨志"): the poster's list, when it holds every name the file gives and more.
    listed = all(any(same_person(n, s) for n in speakers) for s in deck.speakers)
    fuller = listed and len(speakers) > len(deck.speakers)
    if deck.speakers and speakers and not listed:
        log.warning(
            "%s: the file name says %s, the agenda %s; keeping the file name's",
            deck.path,
            "、".join(deck.speakers),
            "、".join(speakers),
        )
    if deck.speakers and not fuller:
        by_name = list(zip(speakers, affiliations, strict=False))
        speakers = deck.speakers
        affiliations = tuple(next((a for n, a in by_name if same_person(n, s)), "") for s in speakers)
        affiliations = affiliations if any(affiliations) else ()
    named = bool(deck.speakers) or confirmed  # the speakers shown are a file name's or a title page's
    withheld = tuple((k, why) for k, why in talk.withheld if not (k == "speakers" and named))
    # A deck at the repository's root has no forum but the poster's.
    forum = deck.forum or ("" if any(k == "forum" for k, _ in talk.withheld) else talk.forum)
    return replace(
        deck,
        forum=forum,
        speakers=speakers,
        affiliations=affiliations,
        date=talk.date,
        start=slot.start,
        end=slot.end,
        withheld=withheld,
        agenda_title=slot.title if _says_more(slot.title, deck.title) else "",
        unsure_speakers=() if named else talk.unsure,
    )


def _says_more(printed: str, named: str) -> bool:
    """Whether the poster's title tells a reader what the file name's does not: not the same
    words (OCR drops the spaces of "Inline tail：大幅减少…"), nor a part of the file name's, nor
    the same but for a character OCR misread ("引l入objtrace")."""
    a, b = norm(printed), norm(named)
    return bool(a) and a not in b and fuzz.ratio(a, b) < SAME_TITLE


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
        unsure_speakers=talk.unsure,
    )


def unlabelled(held: Talk, named: Talk) -> Talk:
    """held as its file name alone describes it: without what the agenda added.

    So that a sync compares a deck's indexed metadata with its path's, and a
    deck the agenda completed is not taken for a changed one.
    """
    speakers = held.speakers if named.speakers else ()
    forum, forum_en = (held.forum, held.forum_en) if named.forum else ("", "")
    return replace(
        held,
        forum=forum,
        forum_en=forum_en,
        speakers=speakers,
        date=None,
        start=None,
        end=None,
        affiliations=(),
        withheld=(),
        recording=None,
        agenda_title="",
        unsure_speakers=(),
    )
