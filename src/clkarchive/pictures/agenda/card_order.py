"""A card's lines put in the order they are read in, where print sets them otherwise: a framed name
beside a biography's end, a speaker flush right of the title's rows, a speaker's line over the
title that is set larger under it."""

from __future__ import annotations

from clkarchive.pictures.agenda.geometry import Line
from clkarchive.pictures.agenda.speakers import firm_first, framed, listed, sentence, speaker
from clkarchive.pictures.agenda.words import person, person_name, split_name


def reading_order(lines: list[Line], body: float) -> list[Line]:
    """The lines of a time's card in reading order: title, then speakers, then biography."""
    return _title_under_card(_framed_apart(lines, body, lines[0].em), body)


def _title_under_card(lines: list[Line], body: float) -> list[Line]:
    """The lines of a card that opens with its speaker's line (the name and the company, in two
    boxes or run together) and the speaker's biography over its title, set larger than every line
    over it: the title's lines first, then the speaker and the biography, as cards print them most.
    Read as printed, the speaker's line would open the title (the time stands level with it)."""
    j = next((i for i in range(1, len(lines)) if lines[i].em >= 1.15 * max(ln.em for ln in lines[:i])), 0)
    if (
        j < 2
        or sentence(lines[0])
        or not any(sentence(line) for line in lines[1:j])  # no biography: a name over its title is leading's
        or any(person(line.text) for line in lines[1 : j + 1])  # another card's name: whose is unclear
    ):
        return lines
    one = speaker(lines[0], lines[1], body, lines[j].em)
    if one is None or not one.affiliation or one.takes_next:
        return lines
    end = next((i for i in range(j + 1, len(lines)) if lines[i].em < 0.9 * lines[j].em), len(lines))
    return [*lines[j:end], *lines[:j], *lines[end:]]


def _framed_apart(lines: list[Line], body: float, title: float) -> list[Line]:
    """Lines with a framed name beside the end of a biography ("要作者。" … "宋恺睿") as two lines."""
    out = []
    for line in lines:
        if firm_first(line) or len(listed(line, None)) >= 2:
            # "[浙江大学] 孙琳": the name set larger than its company's tag; "蒋骁 vivo 内核工程师
            # 齐　悦 vivo 功耗工程师": speakers side by side, the second's name letter-spaced
            out.append(line)
            continue
        names = [b for b in line.boxes[1:] if framed(b, body, title) and person_name(b.text)]
        rest = tuple(b for b in line.boxes if b not in names)
        out += [Line(rest), *(Line((b,)) for b in names)] if names else [line]
    return _speakers_after(out)


def _speakers_after(lines: list[Line]) -> list[Line]:
    """The lines with a speaker set flush right at the end of the title's rows (a name over its
    company, or a name run into it; a table of contents' leaders between: "SMR硬盘上zonefs的部署经验
    …… 谭敏阿里云存储专家") moved after the title's lines, before the next row that has none (a second
    speaker's): the last box of each row set far right of the rest (more than three of its
    heights), all ending at one right edge, one of them a speaker's name."""
    far = [
        line.boxes[-1]
        for line in lines
        if len(line.boxes) >= 2
        and line.boxes[-1].x0 - line.boxes[-2].x1 > 3 * (line.boxes[-1].y1 - line.boxes[-1].y0)
    ]
    if not far or max(b.x1 for b in far) - min(b.x1 for b in far) > min(b.y1 - b.y0 for b in far):
        return lines
    if not any(person(b.text) or ((cut := split_name(b.text)) and person(cut[0])) for b in far):
        return lines
    apart = {id(b) for b in far}
    out: list[Line] = []
    held: list[Line] = []  # the far boxes of the rows read so far, until a row without one
    for line in lines:
        own = [b for b in line.boxes if id(b) in apart]
        if not own:
            out += [*held, line]
            held = []
            continue
        out += [Line(rest)] if (rest := tuple(b for b in line.boxes if id(b) not in apart)) else []
        held += [Line((b,)) for b in own]
    return out + held
