"""Whether a line beside a speaker's line belongs to it, as slots.py asks reading a card line by
line: the title's last line that is one more speaker's, run into a company no list knows
(run_in_like); the speaker's job title on a line of its own (job_title); a speaker run into a known
organisation whose name no surname list cut (name_and_firm)."""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.geometry import Line
from clkarchive.pictures.agenda.words import (
    CLAUSE,
    JOB_TITLE,
    NAME_RUN,
    ROLE_START,
    organisation,
    person,
    split_name,
)


def run_in_like(line: Line, speaker: Line) -> bool:
    """Whether a line over a speaker's line looks like a speaker's line too: a name of a known
    surname run into more characters ("武兆辉忆恒创源", a company no list knows, so no cut was sure),
    starting where the speaker's line starts. A title's wrapped line may look so; taking it for a
    speaker's costs the talk its list (withheld), never a wrong one."""
    text = line.text
    return (
        len(line.boxes) == 1
        and abs(line.boxes[0].x0 - speaker.boxes[0].x0) < 0.5 * (speaker.bottom - speaker.top)
        and bool(re.fullmatch(r"[\u4e00-\u9fff]{4,14}", text))
        and any(person(text[:k]) for k in (2, 3))
        and not organisation(text[2:])
        and not re.search("[的与]", text[2:])  # a title's words ("云主机中的内存伸缩"), no company's
    )


def job_title(line: Line | None, speaker: Line) -> bool:
    """Whether a line under a speaker's is their job title alone ("高级工程师", "内存子系统负责人"),
    in smaller type: the end of their affiliation, printed on a line of its own."""
    return (
        line is not None
        and len(line.boxes) == 1
        and line.em < 0.9 * speaker.em
        and bool(JOB_TITLE.fullmatch(line.text))
        # "王海涛 OPPO内核工程师": the next speaker's own line, a name before their company
        and not ((cut := split_name(line.text)) and not ROLE_START.match(cut[1].lstrip()))
    )


def name_and_firm(line: Line, title: Line) -> bool:
    """Whether a line under a title is a speaker run into a known organisation that ends the line
    ("钮佳慧字节跳动": two or three characters, then the organisation), in smaller type than the
    title: a speaker's line whose name split_name could not cut surely (no known surname). Kept
    as biography, it is searchable and leaves the title whole. Two or more names listed with 、
    before the organisation ("笪一凡、逄雪浙江大学", two speakers of one university) are such a
    line too: 、 lists names there, and no title's part is a run of two or three characters."""
    *names, last = line.text.split("、")
    lead = NAME_RUN.match(last)
    if lead is None or re.search(r"\s", last) or not all(NAME_RUN.fullmatch(n) for n in names):
        return False
    # one name: as many characters as run on (a two-character name run into a company is
    # split_name's); after a list, its last name is two or three
    ends = (2, 3) if names else (lead.end(),)
    return line.em < 0.92 * title.em and any(
        not CLAUSE.search(last[k:]) and len(organisation(last[k:])) >= 2 for k in ends if k <= lead.end()
    )
