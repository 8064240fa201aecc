"""The speakers a card prints before its title: a name over its affiliation, a labelled line, each
speaker's line over a title in its own type."""

from __future__ import annotations

from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.kinds import BADGE, is_address
from clkarchive.pictures.agenda.speakers import Speaker, sentence, speaker
from clkarchive.pictures.agenda.words import ENDS_IN_JOB, affiliation_like, known_name, person, speakers_label

TITLE_MIN = 3  # characters: a shorter line under a speaker opens no second talk


def leading(lines: list[Line], body: float) -> tuple[list[Speaker], int]:
    """The speakers a card prints before its title, each a name alone on its line (a person's)
    over its affiliation in smaller type, or a labelled line ("嘉宾：杨柳·百度" over the title), or
    any speaker's line where the title under them is printed in 《》 (or is an address's name),
    and the number of lines they (and a badge over them) take; none where the title opens the
    card or nothing follows them."""
    out: list[Speaker] = []
    k = 1 if BADGE.fullmatch(lines[0].text) else 0
    # the title in 《》 (or an address's name) under its speakers' lines, each a name and its affiliation
    quoted = next(
        (
            i
            for i, line in enumerate(lines)
            if i > k and (line.text.startswith("《") or is_address(line.text))
        ),
        0,
    )
    named = [speaker(line, None, body, lines[quoted].em) for line in lines[k:quoted]]
    if named and all(s is not None and known_name(s.name) for s in named):  # "开幕致辞" is nobody
        return [s for s in named if s is not None], quoted
    heads: list[Speaker] = []
    for line in lines[k:]:
        if (one := _set_apart(line, body)) is None:
            break
        heads.append(one)
    j = k + len(heads)
    if (
        heads
        and j < len(lines)
        and _own_type(lines[k:j], lines[j])
        and len(lines[j].text) >= TITLE_MIN
        and not sentence(lines[j])  # a host's card: name and company over a biography
    ):
        # each speaker's line over the title, in a type of its own ("沈立群 英特尔首席工程师" over
        # "异构算力时代Linux内核的资源抽象")
        return heads, j
    while k + 1 < len(lines):
        line, after = lines[k], lines[k + 1]
        label = speakers_label([b.text for b in line.boxes])
        if label is not None and (one := speaker(unlabelled(line, label), None, body, after.em)):
            out.append(one)
            k += 1
            continue
        name = person(line.text) if len(line.boxes) == 1 else ""
        if not (name and after.em < 0.85 * line.em and affiliation_like(after.text)):
            break
        out.append(Speaker(name, after.text))
        k += 2
    return (out, k) if out and k < len(lines) else ([], 0)


def unlabelled(line: Line, end: int) -> Line:
    """The line with its first box's first `end` characters (a label) cut off, or the box dropped."""
    box, rest = line.boxes[0], line.boxes[1:]
    if end >= len(box.text):
        return Line(rest) if rest else line
    cut = box.x0 + (box.x1 - box.x0) * end / len(box.text)
    return Line((Text(box.text[end:], cut, box.y0, box.x1, box.y1), *rest))


def _set_apart(line: Line, body: float) -> Speaker | None:
    """The speaker of a line that is a known name and their organisation or job beyond doubt
    ("曹雨桐OPPO内核与性能负责人"), or None."""
    one = speaker(line, None, body, line.em)
    if one is None or not one.sure or not known_name(one.name) or not one.affiliation:
        return None
    return one if affiliation_like(one.affiliation) or ENDS_IN_JOB.search(one.affiliation) else None


def _own_type(heads: list[Line], title: Line) -> bool:
    """Whether lines are set from the left edge of the title under them, a tenth or more larger
    than it, or smaller (a speaker's line beside it, a zigzag's other card, is not)."""
    size = title.bottom - title.top
    edge = all(abs(ln.boxes[0].x0 - title.boxes[0].x0) <= size for ln in heads)
    return edge and (
        all(ln.bottom - ln.top >= 1.1 * size for ln in heads)
        or all(ln.bottom - ln.top <= 0.9 * size for ln in heads)
    )
