"""Which of a talk's pages to show first: the one that explains the query, not one that only names it.

Pages are ranked by how much of the query they hold (each word weighed by its
rarity), then by their score. Two kinds of page hold the words without saying
anything about them, and give way to a page that does when both hold the query:
an outline (目录, Agenda, CONTENTS, 提纲 …), which repeats every section title of
the deck on one page, and a page that has a word only inside a URL or an e-mail
address (github.com/…/eevdf, zhangsan@vendor.com). Both are told from the page's
text alone, so they work on decks nobody has looked at.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

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
