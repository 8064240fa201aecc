"""Which of a talk's pages to show first: the one that explains the query, not one that only names it.

Pages are ranked by how much of the query they hold (each word weighed by its
rarity), then by their score. Two kinds of page hold the words without saying
anything about them, and give way to a page that does when both hold the query:
an outline (目录, Agenda, CONTENTS, 提纲 …), which repeats every section title of
the deck on one page, and a page that has a word only inside a URL or an e-mail
address (github.com/…/eevdf, zhangsan@vendor.com). Both are told from the page's
text alone, so they work on decks nobody has looked at.

A query that names a talk's speaker found the talk through its speakers field,
in whichever form the user wrote the name (乔一凡, Yifan Qiao, Qiao Yifan),
while the page that shows the person may print another (乔一凡 in characters,
spaced 乔 一 凡, or only qiaoyifan@vendor.com). The name is credited on every
page of the talk that prints it in any form the index holds (characters,
pinyin either order, joined as in an e-mail address), as any query word is on
the pages that say it (a name only inside a URL, github.com/zhangsan/…, counts
as a link's word): the title page then comes first for the name (of pages
holding as much of the query, the earliest that prints the person: later ones
are contact pages, mail threads, patch lists), and a page holding more of the
query's other words still wins when they weigh more.
A query asking when a talk was (a date, a time, a half-day: query.py's schedule
concepts) asks for the talk, and its title page names it: that page comes
first among those holding as much of the query, as a page printing a speaker
does.
When no page prints the name and the query says nothing else the talk holds,
the first page is shown, where decks put their speaker; so it is for a query
only the talk's title holds (cpuidle_ext, a title's word no page says): the
title page prints it.
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
    named: Collection[int] = (),
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
    return share * (OUTLINE_FACTOR if is_outline(text) else 1.0)


class Found(Protocol):
    """A page of a talk as the index matched it (ranking's record)."""

    score: float
    credit: dict[int, float]  # query word -> credit
    coverage: float


def shown(
    reader: Reader,
    talk: str,
    found: Mapping[int, Found],
    named: Collection[int],
    concepts: Sequence[Concept],
    weights: Sequence[float],
    marked: Sequences,
    count: int,
) -> list[tuple[float, PageText]]:
    """A talk's first `count` pages to show, with their scores: its best few by coverage and the
    pages printing a speaker the query names, read again as a reader sees them (shown_coverage),
    then the rest as the index ranked them. `named`: the query words its title or speakers hold."""
    ranked = sorted(found.items(), key=lambda kv: (-kv[1].coverage, -kv[1].score))
    examined = {d: (p.score, p.credit) for d, p in ranked[: max(count, EXAMINED)]}
    person, forms, showing = _person(reader, talk, named, concepts)
    if any(concepts[c].schedule for c in named) and (first := reader.first_page(talk)) is not None:
        showing.add(first)  # when a talk was: the talk is the answer, and its title page names it
    for d in showing:
        examined[d] = (found[d].score, found[d].credit) if d in found else (0.0, {})
    others = {c for p in found.values() for c, v in p.credit.items() if weights[c] > 0} - person
    if named and not showing and not others and (first := reader.first_page(talk)) is not None:
        examined.setdefault(first, (0.0, {}))
    # (share, whether it prints the person, score, page); of pages holding an equal share, one printing
    # the person comes first, the earliest such first: a deck introduces its speaker where it begins
    # (title page, 个人简介), and later pages print the name in a contact page, a mail thread or a
    # patch list. Shares are sums of the same weights in another order: equal ones may differ in
    # the last bit, hence the rounding.
    read: list[tuple[float, bool, float, PageText]] = []
    for d, (score, credit) in examined.items():
        page = reader.page(d)
        if d in showing:  # the name as the page prints it: in its text, or only inside a link
            credit = credit | dict.fromkeys(person, _printed_credit(page.text, forms))
        share = shown_coverage(page.text, credit, weights, marked, named)
        read.append((round(share, 9), d in showing, score, page))
    read.sort(key=lambda e: (-e[0], not e[1], e[3].page if e[1] else -e[2], e[3].page))
    return [(score, page) for _, _, score, page in read[:count]]


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
