"""Speakers printed side by side in one card, each over a column of their own: "董明" and "潘婷" on
one line, far apart, "蚂蚁集团高级技术专家" and "蚂蚁集团技术专家" on the next, each under its name.

Read as lines, the two names run into one ("董明潘婷") and the two affiliations into one, and
neither speaker is read. Each name takes the box set under it, from its own left edge or centred.
"""

from __future__ import annotations

import itertools

from clkarchive.pictures.agenda.geometry import Line
from clkarchive.pictures.agenda.speakers import Speaker
from clkarchive.pictures.agenda.words import affiliation_like, person


def side_by_side(line: Line, after: Line | None) -> list[Speaker]:
    """The speakers of a line of two or more names set far apart (each a person's beyond doubt),
    each with the affiliation set under it in the next line, from its left edge or centred under it
    (a name plate under a photo); [] where the line
    is no such line or the next does not hold one affiliation under each name."""
    names = line.boxes
    if after is None or len(names) < 2 or len(after.boxes) != len(names):
        return []
    h = line.bottom - line.top
    if not all(person(b.text) for b in names) or any(
        b.x0 - a.x1 < 2 * h for a, b in itertools.pairwise(names)
    ):
        return []
    firms = after.boxes
    if not all(
        (abs(f.x0 - n.x0) < h or abs(f.x0 + f.x1 - n.x0 - n.x1) < 2 * h) and affiliation_like(f.text)
        for n, f in zip(names, firms, strict=True)
    ):
        return []
    return [
        Speaker(person(n.text), f.text.strip(), takes_next=True) for n, f in zip(names, firms, strict=True)
    ]
