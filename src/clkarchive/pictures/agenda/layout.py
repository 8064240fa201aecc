"""Which lines of a column belong to which time range: each time's talk, by geometry.

No year's template: a time range is an anchor that may sit left of its talk's
title (on its row), above it, below its speaker line or between the two. Between
two anchors of a column the lines are cut once, where the gap is widest and
where a speaker's line ends a talk rather than starts one (or, where the talks
open with their speakers, starts one); the margin by which the best cut beats
the next is how sure the reading is. A time printed beside a title owns no line
above it. The poster is cut into columns first (columns.py).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from clkarchive.pictures.agenda.geometry import Line, Text, name_plate, set_alike
from clkarchive.pictures.agenda.run_in import latin_run_in
from clkarchive.pictures.agenda.words import (
    ENDS_IN_JOB,
    HOST,
    affiliation_like,
    known_name,
    person_name,
    speakers_label,
    split_name,
)

SURE_MARGIN = 1.0  # a cut that beats the next best by this (in line heights, or one cue) is certain
_SHOWN = 0.6  # a cut's margin from which its time is shown (_sure gives consensus.SHOWN, 0.8)


@dataclass(frozen=True)
class Anchor:
    times: tuple[str | None, str | None]
    line: Line  # its row in its column
    beside: tuple[Text, ...]  # the other boxes of that row: a title (or speaker) printed beside the time


@dataclass(frozen=True)
class Block:
    """The lines one time range owns, and how sure that is (0-1)."""

    anchor: Anchor
    lines: tuple[Line, ...]
    sure: float


def anchored(
    lines: list[Line], anchors: dict[int, Anchor], skip: set[int], height: float, gap: float
) -> list[Block]:
    """The lines of one forum's programme given to its anchors (line index -> anchor).

    lines: from the forum's heading (line 0) down; skip: lines that are no talk's (a host's,
    a date's); height: a line's usual height; gap: a gap that ends a programme (what follows
    is no talk). Lines before the first anchor may be its title (a time under or between its
    talk's lines) or the forum's header; those after the last, its speakers or what follows.
    """
    at = sorted(anchors)
    if not at:
        return []
    owned: dict[int, list[Line]] = {i: [] for i in at}
    sure = dict.fromkeys(at, 1.0)
    roles = [_role(line) for line in lines]
    way = _direction(lines, at, anchors, skip)
    # Before the first anchor: the header's lines, then perhaps the first talk's head.
    head = [i for i in range(1, at[0]) if i not in skip]
    # The first talk's head opens with its speaker (a card: the name, a biography, then the time
    # and the title, perhaps on one line): the programme's talks start with their speakers, not
    # end with them, and a title beside its time owns the lines over it.
    k, margin = _cut(lines, roles, 0 if at[0] else None, head, at[0], anchors, height, beside=False)
    lead = (
        way != "down"
        and bool(head[k:])
        and roles[head[k]] == "S"
        and _titled(anchors[at[0]])
        and _cards_first(roles, at, skip)
    )
    if not lead:
        k, margin = _cut(lines, roles, 0 if at[0] else None, head, at[0], anchors, height)
        k = len(head) if way == "down" else k
        lead = bool(head[k:]) and roles[head[k]] == "S" and not anchors[at[0]].beside
    owned[at[0]] += [lines[i] for i in head[k:]]
    if head[k:]:
        sure[at[0]] = min(sure[at[0]], _sure(margin))
    runs = [[i for i in range(a + 1, b) if i not in skip] for a, b in itertools.pairwise(at)]
    cuts = [
        _cut(lines, roles, a, run, b, anchors, height, lead, beside=not lead)
        for (a, b), run in zip(itertools.pairwise(at), runs, strict=True)
    ]
    # where a title stands beside the time under a run, the run is that time's talk's above it
    cuts = _as_the_column_cuts(runs, cuts, [not _titled(anchors[b]) for _, b in itertools.pairwise(at)])
    for (a, b), run, (k, margin) in zip(itertools.pairwise(at), runs, cuts, strict=True):
        if way:  # the column's times all sit above (or all below) their talks: no cut to choose
            k, margin = (len(run) if way == "down" else 0), SURE_MARGIN
        owned[a] += [lines[i] for i in run[:k]]
        owned[b] += [lines[i] for i in run[k:]]
        for x in (a, b):
            sure[x] = min(sure[x], _sure(margin))
    # After the last anchor: its lines down to a gap that ends the programme.
    last = at[-1]
    bottom = lines[last].bottom
    for i, line in enumerate(lines[last + 1 :], last + 1):
        if (line.top - bottom > gap and not _plate_under(line, owned[last])) or way == "up":
            break
        if i not in skip:
            owned[last].append(line)
        bottom = line.bottom
    return [Block(anchors[i], tuple(owned[i]), sure[i]) for i in at]


def _cards_first(roles: list[str], at: list[int], skip: set[int]) -> bool:
    """Whether the talks between the times open with a speaker's card: in most runs between two
    times that name a speaker, lines follow the last speaker's line (its affiliation, its
    biography) before the next time. A speaker's line right over a time ends the talk above."""
    runs = [[i for i in range(a + 1, b) if i not in skip] for a, b in itertools.pairwise(at)]
    named = [run for run in runs if any(roles[i] == "S" for i in run)]
    carded = [run for run in named if max(i for i in run if roles[i] == "S") < run[-1]]
    return len(carded) >= 2 and 2 * len(carded) > len(named)


def _direction(lines: list[Line], at: list[int], anchors: dict[int, Anchor], skip: set[int]) -> str:
    """ "down" when the column's times are printed right above their talks (nearer the line
    under them than the one over them, most of them by far), "up" when right under them, ""
    when between (or printed beside their titles: each run is cut on its own)."""
    votes = []
    for i in at:
        if anchors[i].beside:
            continue
        over = next((lines[j] for j in range(i - 1, 0, -1) if j not in skip), None)
        under = next((lines[j] for j in range(i + 1, len(lines)) if j not in skip), None)
        if under is None or (i + 1 < len(lines) and i + 1 in anchors):
            continue
        if over is None:  # the first time, nothing over it: its talk can only be under it
            votes.append("down")
            continue
        above, below = lines[i].top - over.bottom, under.top - lines[i].bottom
        votes.append("down" if above > 1.4 * below else "up" if below > 1.4 * above else "")
    for way in ("down", "up"):
        if len(votes) >= 2 and votes.count(way) >= 0.7 * len(votes) and _parted(lines, at, skip, way):
            return way
    return ""


def _parted(lines: list[Line], at: list[int], skip: set[int], way: str) -> bool:
    """Whether the lines between the column's times part where `way` says talks part: right under
    each time ("up": a time closes its talk) or right over the next ("down": it opens one), the
    widest gap of (most) runs. A time nearer the title over it than the speaker under it, in a card
    that prints it between the two, is no time under its talk: the card's edge, the widest gap,
    is after the speaker. Under times that open their cards, the widest gap may part a title from
    its speakers' names (plates under photos, their affiliations under them): no cut there."""
    parted = []
    for a, b in itertools.pairwise(at):
        run = [lines[i] for i in range(a + 1, b) if i not in skip]
        if len(run) < 2:
            continue
        edges = [lines[a], *run, lines[b]]
        gaps = [low.top - high.bottom for high, low in itertools.pairwise(edges)]
        at_edge = gaps[0] if way == "up" else gaps[-1]
        inner = max(range(1, len(gaps) - 1), key=lambda k: gaps[k])
        # a card's speakers set far under its title (names on plates under photos) close it
        plates = (
            way == "down"
            and _role(run[inner]) == "S"
            and all(_role(line) == "S" or affiliation_like(line.text) for line in run[inner:])
        )
        parted.append(gaps[inner] <= at_edge or plates)
    return not parted or sum(parted) >= 0.7 * len(parted)


def _as_the_column_cuts(
    runs: list[list[int]], cuts: list[tuple[int, float]], free: list[bool]
) -> list[tuple[int, float]]:
    """The cuts, where a column's sure cuts each give a whole talk to one side, with its unsure
    ones cut the same way. Times printed alone on the rules between slots stand as near the talk
    over them as the one under them: a run whose speaker's name was not read as one (a rare
    surname), or a break's one line, is then cut as the column's other runs show (each time opens
    its talk, or each closes it), as surely as the least sure of those. A run cut inside gives no
    pattern; a run over a time with a title beside it (free False) is cut by that, neither giving
    nor taking one."""
    sure = [
        ("down" if k == len(run) else "up" if k == 0 else "", margin)
        for run, (k, margin), own in zip(runs, cuts, free, strict=True)
        if own and len(run) >= 2 and margin >= _SHOWN
    ]
    ways = {way for way, _ in sure}
    if len(sure) < 2 or len(ways) != 1 or "" in ways:
        return cuts
    way, least = ways.pop(), min(margin for _, margin in sure)
    return [
        ((len(run) if way == "down" else 0), least) if own and margin < _SHOWN else (k, margin)
        for run, (k, margin), own in zip(runs, cuts, free, strict=True)
    ]


def _sure(margin: float) -> float:
    return min(1.0, 0.5 + 0.5 * margin / SURE_MARGIN)


def _cut(
    lines: list[Line],
    roles: list[str],
    upper: int | None,
    run: list[int],
    lower: int,
    anchors: dict[int, Anchor],
    height: float,
    lead: bool = False,
    beside: bool = True,
) -> tuple[int, float]:
    """Where to cut a run of lines between two anchors (or the header and the first anchor):
    the first k go up, the rest down; and by how much that cut beats the next best.

    Scored by the gap at the cut, in line heights, and by what the lines are: a talk ends with
    its speakers and starts with its title, or (lead) starts with its speakers. A time printed
    beside its title owns nothing above it (unless not beside: its speaker's card is over it); a
    line that is a host's or a date's belongs to neither.
    """
    n = len(run)
    below = anchors[lower]
    if not n:
        return 0, SURE_MARGIN
    wrapped = _wrapped(lines[run[-1]], below, height)
    if beside and _titled(below) and not wrapped:
        return n, SURE_MARGIN  # the title is beside the time: every line above is the talk's above
    scores = []
    for k in range(n + 1):
        over = lines[run[k - 1]] if k else (lines[upper] if upper is not None else None)
        top = over.bottom if over is not None and over.boxes else None  # a missing heading: no gap
        low = lines[run[k]].top if k < n else lines[lower].top
        score = (low - top) / height if top is not None else 0.0
        if k and roles[run[k - 1]] == "S":
            score += -1.0 if lead else 1.0
        if k < n and roles[run[k]] == "S":
            score -= -1.0 if lead else 1.0
        if k == n and wrapped:  # a title's lines are never cut apart
            score -= 1.0
        scores.append(score)
    order = sorted(range(n + 1), key=lambda i: -scores[i])
    best = order[0]
    margin = scores[best] - scores[order[1]] if n else SURE_MARGIN
    return best, margin


def _titled(anchor: Anchor) -> bool:
    """Whether a title is printed beside the time, perhaps after its speaker's name in a box of
    its own (a table's row "name | title | time")."""
    named = len(anchor.beside) >= 2 and known_name(anchor.beside[0].text)
    beside = anchor.beside[1:] if named else anchor.beside
    if named and affiliation_like(" ".join(b.text for b in beside).strip("|｜丨」「 ")):
        return False  # "胡斌 | 龙芯中科 13:30-14:15": a speaker's line, the title over it
    return bool(beside) and _role(Line(beside)) == "T"


def _wrapped(over: Line, anchor: Anchor, height: float) -> bool:
    """Whether what is printed beside a time continues the line over it: a title wrapped in a
    cell its time is centred on (a table's row of title and speaker, the time level with the
    title's second line). Both are a title's (no speaker), set alike (one left edge, or one
    centre in a centred cell; one type) and touching, nearer than half a line's height: the
    time's row is then no talk's first line, and the lines over it are not all the talk's above."""
    if not anchor.beside:
        return False
    beside = Line(anchor.beside)
    centres = [(min(b.x0 for b in ln.boxes) + max(b.x1 for b in ln.boxes)) / 2 for ln in (over, beside)]
    # A box's height follows what it prints as well as its type: a line with Latin capitals and
    # descenders ("openEuler内核的演进：") stands a quarter taller than one of digits in one type.
    ratio = (over.bottom - over.top) / (beside.bottom - beside.top)
    centred = abs(centres[0] - centres[1]) < 0.5 * height
    flush = abs(over.boxes[0].x0 - beside.boxes[0].x0) < 0.5 * height
    return (
        _role(over) == "T"
        and _role(beside) == "T"
        and (flush or centred)
        and 0.75 <= ratio <= 1.35
        and beside.top - over.bottom < 0.5 * height
    )


def hosts_affiliated(boxes: list[Text]) -> list[Text]:
    """The boxes with each host's affiliation, printed in a box right under "主持人：name" (a
    corner of the forum's heading, "福州大学教授" under "主持人：陈国栋"), made part of the host's box
    ("主持人：陈国栋（福州大学教授）"): left apart, it may stand level with the first talk's row and
    open its title."""
    merged: dict[int, Text] = {}
    dropped: set[int] = set()
    for host in boxes:
        m = HOST.match(host.text)
        if not m or not person_name(m.group(1)):
            continue
        h = host.y1 - host.y0
        under = next(
            (
                b
                for b in boxes
                if (
                    (
                        -h / 3 <= b.y0 - host.y1 < h / 2
                        and min(b.x1, host.x1) - max(b.x0, host.x0) > 0.6 * (b.x1 - b.x0)
                    )
                    # centred under it, a line's room at most between, its job last: "主持人：祁晓东"
                    # over "江苏大学计算机科学与通信工程学院副教授"
                    or (
                        -h / 3 <= b.y0 - host.y1 < h
                        and abs(b.x0 + b.x1 - host.x0 - host.x1) < 2 * h
                        and ENDS_IN_JOB.search(b.text)
                    )
                )
                and affiliation_like(b.text)
                and id(b) not in dropped
                and id(b) not in merged
            ),
            None,
        )
        if under is not None:
            dropped.add(id(under))
            merged[id(host)] = Text(f"{host.text}（{under.text}）", host.x0, host.y0, host.x1, host.y1)
    return [merged.get(id(b), b) for b in boxes if id(b) not in dropped]


def host_lines(lines: list[Line], hosts: set[int], anchors: dict[int, Anchor], height: float) -> set[int]:
    """The lines under each host's line (of hosts: lines kept from every talk) that are the host's
    too: under a bare label ("主持人" in a chip, the name on the line under it), the name; then, under
    the host's name, a line that names only an organisation and a job, set close under it in type no
    larger ("主持人：戈静怡" over "北京大学研究员"): the host's affiliation. Left in, either reads as
    the head of the talk under it: the name as its speaker, or a second place for the cut between
    a header and its first talk, so that talk's time is withheld."""
    found = set()
    for i in hosts:
        if not (m := HOST.search(lines[i].text)):
            continue
        name = i
        if (
            not m.group(1).strip()
            and _close_under(lines, i, anchors, height)
            and person_name(lines[i + 1].text)
        ):
            name = i + 1
            found.add(name)
        if (
            _close_under(lines, name, anchors, height)
            and lines[name + 1].em <= 1.1 * lines[name].em
            and affiliation_like(lines[name + 1].text)
            and _role(lines[name + 1]) == "T"
        ):
            found.add(name + 1)
    return found


def _close_under(lines: list[Line], i: int, anchors: dict[int, Anchor], height: float) -> bool:
    """Whether line i has a line right under it, set close, that is no time's."""
    return i + 1 < len(lines) and i + 1 not in anchors and lines[i + 1].top - lines[i].bottom < 0.8 * height


def _role(line: Line) -> str:
    """ "S" for a line that names a speaker (or a panel's guests, or a host), "T" for the rest."""
    if not line.boxes:  # the place of a forum's missing heading
        return "T"
    text = line.text
    first = line.boxes[0].text.strip()
    if speakers_label([b.text for b in line.boxes]) is not None or HOST.match(text):
        return "S"
    if known_name(first):
        return "S"
    # a name run into its company: "梁晨荣耀内核架构师", "Rahul Mehta Intel Principal Engineer"
    if split_name(first) or split_name(text) or latin_run_in(first):
        return "S"
    return "T"


def _plate_under(line: Line, card: list[Line]) -> bool:
    """Whether a line far under the last card is still its own: a name plate (a name's length of
    Chinese characters alone on its line) set as a plate of the card is, under the photo beside a
    short biography, the photo's height below it (a forum poster's last talk of two speakers)."""
    return name_plate(line) and any(name_plate(own) and set_alike(own, line) for own in card)
