"""A table's names: which column names the speakers, and how a cell of it is read where it stacks
each name over its affiliation in smaller type, or wraps a Latin name over two lines.

Apart from table.py, which finds the table's rows and columns, because a names cell is read
the same way whatever table holds it.
"""

from __future__ import annotations

import re
import statistics

from clkarchive.pictures.agenda.geometry import Text
from clkarchive.pictures.agenda.run_in import listed_runs
from clkarchive.pictures.agenda.speakers import name_and_affiliation
from clkarchive.pictures.agenda.words import CJK, LIST, affiliation_like, join, known_name


def _large_type(column: list[Text]) -> list[Text]:
    """A column's boxes in its large type: its names where each has its affiliation stacked under
    it in smaller type, all of them where it has one type. Where the smaller type is only a little
    smaller (16 px names over 14 px companies, a web page's table), a line in Chinese that names
    nobody is large only from halfway between the two (a size read from the width is close for
    Chinese characters, rough for Latin letters: "Ingrid" over "Solvang" is one name's two lines)."""
    named = [names_only(b.text) for b in column]
    sizes = [b.em for b, name in zip(column, named, strict=True) if name]
    if not sizes:
        return column
    large = statistics.median(sizes)
    # the Chinese lines that name nobody, measured against the cut below
    others = [not name and bool(CJK.search(b.text)) for b, name in zip(column, named, strict=True)]
    small = [b.em for b, other in zip(column, others, strict=True) if other]
    cut = 0.85 * large
    if small and 3 * len(sizes) >= len(column) and statistics.median(small) <= 0.92 * large:
        cut = max(cut, (large + statistics.median(small)) / 2)
    return [b for b, other in zip(column, others, strict=True) if b.em >= (cut if other else 0.85 * large)]


def stacked_cell(cell: list[Text], column: list[Text]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A speakers' cell that stacks each name over its affiliation in smaller type, as (names,
    affiliations); None where its column prints one type. A smaller line before the first name
    (a label, "Moderator: …") leaves the cell unread: no names."""
    large = {id(b) for b in _large_type(column)}
    if not _under_large(column, large):
        return None
    names: list[str] = []
    firms: list[list[str]] = []
    for box in sorted(cell, key=lambda b: (b.y0, b.x0)):
        # A short company under a name ("腾讯") may read as large as the name (a size read from a
        # box's width is rough where it holds two characters): no name, it is the name's.
        firm = bool(firms) and not names_only(box.text) and affiliation_like(box.text)
        if id(box) in large and not firm and names and not firms[-1] and _latin_wrapped(names[-1], box.text):
            names[-1] = f"{names[-1]} {box.text.strip()}"  # "Ingrid" over "Solvang": one name
        elif id(box) in large and not firm:
            names.append(box.text)
            firms.append([])
        elif not firms:
            return (), ()
        else:
            firms[-1].append(box.text)
    return tuple(names), tuple(join(f) for f in firms) if all(firms) else ()


def _under_large(column: list[Text], large: set[int]) -> bool:
    """Whether a column stacks its small boxes under its large ones: half of them or more right
    under a large box (less than a line's height below it or a little into it, and overlapping
    it). A column of one type whose few small boxes stand alone is not stacked: a Latin name
    reads smaller than the Chinese ones by its width ("Marco Bellini"), yet is a name of its row."""
    small = [b for b in column if id(b) not in large]
    under = [
        b
        for b in small
        if any(
            id(a) in large
            and -(b.y1 - b.y0) / 2 <= b.y0 - a.y1 < b.y1 - b.y0
            and min(a.x1, b.x1) > max(a.x0, b.x0)
            for a in column
        )
    ]
    return bool(small) and 2 * len(under) >= len(small)


def share_of_names(column: list[Text]) -> float:
    """The share of a column's cells (in its large type) that are people's names, a Latin name
    wrapped over two lines in its narrow cell ("Tobias" over "Lindgren") taken as one."""
    boxes = _large_type(column)
    texts: list[str] = []
    for box in boxes:
        if texts and _latin_wrapped(texts[-1], box.text):
            texts[-1] = f"{texts[-1]} {box.text.strip()}"
        else:
            texts.append(box.text.strip())
    return sum(cell_of_names(t) for t in texts) / len(texts) if texts else 0.0


_LATIN_WORD = re.compile(r"[A-Z][a-zà-ÿ]+")  # one word of a Latin name, on a line of its own


def _latin_wrapped(last: str, text: str) -> bool:
    """Whether two lines of a narrow names cell are one Latin name wrapped ("Tobias" over "Lindgren")."""
    return bool(_LATIN_WORD.fullmatch(last.strip()) and _LATIN_WORD.fullmatch(text.strip()))


def cell_of_names(text: str) -> bool:
    """Whether a cell's text is people's names, alone, each run into its affiliation, or a name
    and its affiliation apart ("李华 / 字节跳动")."""
    return names_only(text) or listed_runs(text) is not None or name_and_affiliation(text) is not None


def names_only(text: str) -> bool:
    """Whether text is people's names, one or several ("钟宇 / 诸葛云")."""
    parts = [p for p in LIST.split(text) if p]
    return bool(parts) and all(known_name(p) for p in parts)
