"""A panel (圆桌) read: its title, then its host and guests, however they are listed.

A panel prints its people as a list ("嘉宾：王磊（华为）、李娜（阿里云）"), a line each, a row of
names under photos, or tagged ("主持" "嘉宾" in pills); each is a speaker of the panel only where
the name is read whole, and the list is withheld where one entry names nobody the reader can tell.
"""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.geometry import Line
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.run_in import run_in
from clkarchive.pictures.agenda.words import (
    GUEST_WORDS,
    PUNCTUATION,
    clean_title,
    join,
    known_name,
    person_name,
    sure_name,
)

_GUEST_LABEL = re.compile(rf"^\s*(?:{GUEST_WORDS})\s*[:：]?\s*", re.I)


def panel(start: str | None, end: str | None, lines: list[Line], sure: float) -> Slot:
    """A panel: its title, then its host and guests, "嘉宾：王磊（华为）、李娜（阿里云）" or a
    line each; a person is a speaker of the panel only where the name is read whole. Where a
    guest's entry names nobody the reader can tell ("莫言溪易达信科", a company no list knows),
    the list read is not whole: withheld, never shown as the panel's."""
    title = [lines[0]]
    rest = lines[1:]
    # The title's wrapped line: no name, or a name-like run ("区协作" of "…内核社区协作") alone on
    # its line in the title's type, over guests' lines in smaller type.
    if (
        rest
        and not _GUEST_LABEL.match(rest[0].text)
        and (
            not person_name(rest[0].boxes[0].text)
            or (
                len(rest[0].boxes) == 1
                and rest[0].em >= 0.9 * lines[0].em
                and len(rest) >= 2
                and all(line.em < 0.9 * lines[0].em for line in rest[1:])
            )
        )
    ):
        title.append(rest[0])
        rest = rest[1:]
    names: list[str] = []
    roles: list[str] = []
    done: set[int] = set()  # lines read as the affiliations of a row of names
    missed = False  # a guest's entry that named nobody
    for k, line in enumerate(rest):
        if k in done or all(_GUEST_LABEL.fullmatch(b.text) for b in line.boxes):
            continue  # a row of labels over the people's photos ("主持人" "嘉宾" "嘉宾")
        if len(line.boxes) >= 2 and all(known_name(b.text) for b in line.boxes):
            # a row of people side by side (under their photos), each one's affiliation under it
            under = _under_each(line, rest[k + 1] if k + 1 < len(rest) else None)
            names += [known_name(b.text) for b in line.boxes]
            roles += under or [""] * len(line.boxes)
            done |= {k + 1} if under else set()
            continue
        if len(line.boxes) >= 2 and _GUEST_LABEL.fullmatch(line.boxes[0].text):
            line = Line(line.boxes[1:])  # a tag in a box of its own ("主持" "姬晓鹏" "湘潭大学教授")
        text = _GUEST_LABEL.sub("", line.text).strip()
        entries = (
            [e for e in re.split(r"[、，,；;]", text) if e.strip()] if "（" in text or "(" in text else [text]
        )
        for entry in entries:
            m = re.fullmatch(r"\s*(\S+?)\s*[（(](.*?)[)）]?\s*", entry)
            name, role = (m.group(1), m.group(2)) if m else (entry, "")
            who = person_name(name) if len(line.boxes) == 1 or m else person_name(line.boxes[0].text)
            if not m and len(line.boxes) > 1:
                role = join(b.text for b in line.boxes[1:])
            elif not m and not who:
                cut = run_in(entry)  # "郏天成字节跳动", "Elena Voss SUSE"
                who, role = cut if cut else ("", "")
            if who and sure_name(who):
                names.append(who)
                roles.append(role.strip(PUNCTUATION))
            else:
                missed = True
    return Slot(
        "panel",
        start,
        end,
        clean_title(join(x.text for x in title)),
        tuple(names),
        tuple(roles) if any(roles) else (),
        time_sure=sure,
        speakers_sure=0.0 if missed else sure,
    )


def _under_each(line: Line, after: Line | None) -> list[str]:
    """The texts of the next line, one centred under each box of line (a row of people's names,
    their affiliations under them), left to right; [] where the next line is no such row."""
    if after is None or len(after.boxes) != len(line.boxes):
        return []
    pairs = zip(line.boxes, after.boxes, strict=True)
    if all(abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 < max(a.x1 - a.x0, b.x1 - b.x0) for a, b in pairs):
        return [b.text for b in after.boxes]
    return []
