"""The recordings a repository's README links per forum: `[主论坛](https://…)`, one link per forum.

Read generically, not from one year's lines: every Markdown link to a web
page (not an image, not a file or folder of a code host's tree) whose text
names a forum; a talk is given the link whose forum name, normalised as the
agenda normalises forum names (and without a folder's order number), is its
forum's. Where two links could be a forum's, it gets none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rapidfuzz import fuzz

from clkarchive.pictures.agenda.words import forum_key

_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(\s*<?(https?://[^\s<>()]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_CODE_TREE = re.compile(r"/(?:tree|blob|raw)/")  # a folder or file of a repository: slides, not a recording
_NAMES_FORUM = re.compile(r"论坛|forum", re.I)
_ORDER = re.compile(r"^\d+")
NEAR = 80  # a forum name read by OCR may differ from the README's by a character or two (0-100)


def forum_links(markdown: str) -> dict[str, str]:
    """The links of a README whose text names a forum: text (spaces collapsed) -> url, first wins."""
    links: dict[str, str] = {}
    for text, url in _LINK.findall(markdown):
        text = " ".join(text.split())
        if _NAMES_FORUM.search(text) and not _CODE_TREE.search(url):
            links.setdefault(text, url)
    return links


def recording_of(forum: str, links: Mapping[str, str]) -> str | None:
    """The link of this forum among links (text -> url): the one its name is, else the one nearest
    it if only one is near; None when none is, or when two different links are."""
    linked = _linked(forum, links)
    return linked[1] if linked else None


def named_as_linked(forum: str, links: Mapping[str, str]) -> str:
    """The forum's name as the README's link spells it where OCR read it a character or two off
    ("10与ebpf分论坛", the reader dropping the "10" as a number, or "l0与ebpf分论坛", for "IO 与 ebpf
    分论坛"): the README is typed, the poster only read; else the name as read."""
    linked = _linked(forum, links)
    return linked[0] if linked and _key(linked[0], fold=False) != _key(forum, fold=False) else forum


def _linked(forum: str, links: Mapping[str, str]) -> tuple[str, str] | None:
    """The link (its text, its url) this forum's is: see recording_of."""
    key = _key(forum)
    if not key:
        return None
    same = {(text, url) for text, url in links.items() if _key(text) == key}
    if not same:
        same = {(text, url) for text, url in links.items() if fuzz.ratio(_key(text), key) >= NEAR}
    return min(same) if len({url for _, url in same}) == 1 else None


def _key(name: str, fold: bool = True) -> str:
    """A forum's name for comparing; fold: with the letters and digits OCR mistakes for one
    another made one ("IO" read "10" or "l0")."""
    key = _ORDER.sub("", forum_key(name))
    return key.translate(_LOOKALIKE) if fold else key


_LOOKALIKE = str.maketrans("01i|", "olll")
