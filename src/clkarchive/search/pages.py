"""Which of a talk's pages to show first: the one that explains the query, not one that only names it.

The words of the query the talk's title does not say decide the page. A word
the talk's title, speakers or schedule hold, or its title page says, is the
talk's subject: every page is about it, so it counts nothing in choosing among
them (detail_weights), and "md raid bitmap: skip resync of never written
regions" shows the slide on unwritten regions, not the title page. Pages are
ranked by how much of the other words they hold (each weighed by its rarity; a
word said in the deck's other language is said: ranking's _Page.said), then the
title page first among equals (a page saying no more of the query than the
title page says nothing about the subject the title does not: a query of the
subject alone, a date or a time included, is answered by the title page), then
by score. The title page is found by the index (Reader.title_page): some decks
open with the conference's cover page.

Two kinds of page hold the words without saying anything about them, and give
way to a page that does when both hold the query: an outline (目录, Agenda,
CONTENTS, 提纲 …), which repeats every section title of the deck on one page,
and a page that has a word only inside a URL or an e-mail address
(github.com/…/eevdf, zhangsan@vendor.com). Both are told from the page's text
alone, so they work on decks nobody has looked at.

A query that names a talk's speaker found the talk through its speakers field,
in whichever form the user wrote the name (乔一凡, Yifan Qiao, Qiao Yifan),
while the page that shows the person may print another (乔一凡 in characters,
spaced 乔 一 凡, or only qiaoyifan@vendor.com). The name is no subject word: it
is credited on every page of the talk that prints it in any form the index
holds (characters, pinyin either order, joined as in an e-mail address), as any
query word is on the pages that say it (a name only inside a URL,
github.com/zhangsan/…, counts as a link's word): the title page then comes
first for the name (of pages holding as much of the query, the earliest that
prints the person: later ones are contact pages, mail threads, patch lists),
and a page holding more of the query's other words still wins when they weigh
more. A name no page prints tells no page apart: a query of it alone lands on
the title page.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from clkarchive.index import analysis, searching
from clkarchive.index.searching import PAGE_FIELDS, Reader
from clkarchive.models import PageText
from clkarchive.search.query import Concept
from clkarchive.search.snippets import Sequences, places

OUTLINE_FACTOR = 0.5  # an outline page's share of the query counts half
LINK_CREDIT = 0.25  # a word said only inside a URL or an e-mail address counts a quarter
EXAMINED = 6  # a talk's best pages looked at again (each costs reading its stored text)
MAX_OUTLINE_CHARS = 600  # an outline lists section titles: a longer page is content
_HEADING_LINES = 4  # an outline's heading is among its first lines ("CHINA LINUX KERNEL\n目录")
# Headings of an outline, written as a line of their own (case and spaces aside: C O N T E N T S)…
_LATIN_HEADINGS = frozenset({"agenda", "outline", "contents", "content", "tableofcontents", "toc"})
# … or, in Chinese, at either end of a line: the slide's title often runs into them ("大会目录").
_CJK_HEADINGS = ("目录", "提纲", "大纲", "议程", "主要内容", "内容提要")
_LINK = re.compile(
    r"(?:https?|ftp)://\S+"
    r"|www\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|cn|dev|edu|info)(?:/\S*)?\b",  # a bare host, a path
    re.IGNORECASE,
)


def is_outline(text: str) -> bool:
    """Whether a page is an outline: short, with a contents heading among its first lines."""
    if len(text) > MAX_OUTLINE_CHARS:
        return False
    for line in text.splitlines()[:_HEADING_LINES]:
        key = "".join(line.split()).casefold()
        if key in _LATIN_HEADINGS or any(key.startswith(h) or key.endswith(h) for h in _CJK_HEADINGS):
            return True
    return False


def shown_coverage(
    text: str,
    credit: Mapping[int, float],
    weights: Sequence[float],
    sequences: Sequences,
    named: Collection[int],
    outline: bool,
) -> float:
    """A page's share of the query as a reader sees it: words only inside links count little, and
    an outline's words count half. `credit` is what the index matched (query word -> credit);
    `named`, the query words the talk's title or speakers hold: a speaker's name in an e-mail
    address (zhangsan@vendor.com on the title page) is where a deck gives it, not a link."""
    links = [m.span() for m in _LINK.finditer(text)]
    if links:
        words = list(sequences)
        in_text: set[int] = set()
        in_links: set[int] = set()
        for start, end, n in places(text, words):
            linked = any(a <= start and end <= b for a, b in links)
            (in_links if linked else in_text).update(sequences[words[n]])
        only_linked = in_links - in_text - set(named)
        credit = {c: v * (LINK_CREDIT if c in only_linked else 1.0) for c, v in credit.items()}
    share = sum(weights[c] * v for c, v in credit.items())
    return share * (OUTLINE_FACTOR if outline else 1.0)


class Found(Protocol):
    """A page of a talk as the index matched it (ranking's record)."""

    score: float
    credit: dict[int, float]  # query word -> credit
    translated: set[int]  # query words said in the other language: as the user's own here


def shown(
    reader: Reader,
    talk: str,
    found: Mapping[int, Found],
    named: Mapping[int, float],
    concepts: Sequence[Concept],
    weights: Sequence[float],
    marked: Sequences,
    count: int,
) -> list[tuple[float, PageText]]:
    """A talk's first `count` pages to show, with their scores: its best few by coverage and the
    pages printing a speaker the query names, read again as a reader sees them (shown_coverage),
    then the rest as the index ranked them. `named`: the query words its title or speakers hold."""
    first = reader.title_page(talk)
    person, forms, showing = _person(reader, talk, named, concepts)
    said = {d: p.credit | dict.fromkeys(p.translated, 1.0) for d, p in found.items()}
    on_title = said.get(first, {}) if first is not None else {}
    subject = {c: max(named.get(c, 0.0), on_title.get(c, 0.0)) for c in {*named, *on_title} - person}
    weights = detail_weights(weights, subject)

    def held(d: int) -> float:
        return sum(weights[c] * v for c, v in said.get(d, {}).items())

    best = sorted(found, key=lambda d: (-held(d), -found[d].score))[: max(count, EXAMINED)]
    # Of pages holding an equal share: one printing the person first, the earliest such first (a deck
    # introduces its speaker where it begins: title page, 个人简介; later pages print the name in a
    # contact page, a mail thread or a patch list); then the title page (a page saying no more of the
    # query than the title says nothing about the subject the title does not); then any page but an
    # outline; then the best scored. Shares are sums of the same weights in another order: equal ones
    # may differ in the last bit, hence the rounding.
    read: list[tuple[tuple[float, bool, bool, bool, float], float, PageText]] = []

    def examine(d: int) -> None:
        page, score, credit = reader.page(d), found[d].score if d in found else 0.0, said.get(d, {})
        if d in showing:  # the name as the page prints it: in its text, or only inside a link
            credit = credit | dict.fromkeys(person, _printed_credit(page.text, forms))
        outline = is_outline(page.text)
        share = round(shown_coverage(page.text, credit, weights, marked, named, outline), 9)
        order = page.page if d in showing else -score
        read.append(((-share, d not in showing, d != first, outline, order), score, page))

    examined = dict.fromkeys([*best, *showing])
    for d in examined:
        examine(d)
    # The title page, when it may come among the first `count` (a page's share as read is at most
    # what the index matched): holding as much as the page that would be last; or, saying nothing
    # of the query, when no page says more than the talk's subject (cpuidle_ext: a word of the
    # title no page says), and it comes first.
    shares = sorted(-e[0][0] for e in read)
    if first is not None and first not in examined:
        if first in found:
            bar = shares[-count] if len(shares) >= count else 0.0
        else:
            bar = shares[-1] if shares else 0.0
        if round(held(first), 9) >= bar:
            examine(first)
    read.sort(key=lambda e: (e[0], e[2].page))
    return [(score, page) for _, score, page in read[:count]]


def detail_weights(weights: Sequence[float], subject: Mapping[int, float]) -> list[float]:
    """The query words' weights for choosing among a talk's pages. A word the talk's title or title
    page says is the talk's subject, which every page of the talk is about: it tells no page from
    another, and the words of the query the title does not say decide the page (md raid bitmap:
    *skip resync of never written regions*); a query saying nothing but the subject is answered by
    the title page (see shown). `subject`: how much of each word the title says, in full when it
    says the word or its translation, in part when it says another term for it (SPE for Statistical
    Profiling Extension: the page spelling out the user's words is the one that explains it)."""
    return [w * (1.0 - subject.get(c, 0.0)) for c, w in enumerate(weights)]


def _printed_credit(text: str, forms: list[tuple[str, ...]]) -> float:
    """Full credit for a name printed in the page's text or in an e-mail address (where decks give
    their speaker), a link's for one only inside a URL (github.com/zhangsan/…: a project, not the
    person shown)."""
    urls = [m.span() for m in _LINK.finditer(text) if "@" not in m.group()]
    spans = places(text, forms)
    return LINK_CREDIT if spans and all(any(a <= s and e <= b for a, b in urls) for s, e, _ in spans) else 1.0


def _person(
    reader: Reader, talk: str, named: Collection[int], concepts: Sequence[Concept]
) -> tuple[set[int], list[tuple[str, ...]], set[int]]:
    """(the query words that name the talk's speakers, the forms the speakers may be printed in,
    the talk's pages that print one of them)."""
    person: set[int] = set()
    forms: list[tuple[str, ...]] = []
    for name, pinyin in reader.speakers(talk) if named else ():
        held = {token for _, token, _, _ in analysis.located(f"{name} {pinyin}")}
        naming = {c for c in named if any(f and set(f) <= held for f in concepts[c].tokens)}
        if naming:
            person |= naming
            forms += printed(name, pinyin)
    if not forms:
        return person, forms, set()
    printing = reader.page_scores(searching.any_of(searching.words(f, PAGE_FIELDS) for f in forms))
    return person, forms, {d for d in printing if reader.talk_of.get(d) == talk}


def printed(name: str, pinyin: str) -> list[tuple[str, ...]]:
    """The ways a page may print a speaker, as index tokens in a row: the name's characters one by
    one (so that 乔一凡 and 乔 一 凡 both match), and its pinyin (surname and given name: "qiao
    yifan ...") in either order, apart (Yifan Qiao) or joined as e-mail addresses write it
    (qiaoyifan@, yifan.qiao@); a name in Latin letters, its words either way round."""
    chars = "".join(name.split())
    forms: list[tuple[str, ...]] = []
    if pinyin:
        forms.append(tuple(chars))
        words = pinyin.split()[:2]
    else:
        words = [w for w in analysis.words(name) if not analysis.is_cjk(w)][:3]
    for order in (words, words[::-1]) if len(words) > 1 else ():
        forms += [tuple(analysis.joined(w) for w in order), (analysis.joined("".join(order)),)]
    return list(dict.fromkeys(forms))
