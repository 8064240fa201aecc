"""The schedule's shape: talks by day, start time and forum, each talk once, and the forums in their order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clkarchive.archive import TalkEntry


def schedule_key(entry: TalkEntry) -> tuple[str, str, bool, int, str]:
    return (
        entry.date or "",
        entry.start or "99:99",
        entry.kind != "slides",
        entry.order or 0,
        entry.path,
    )


@dataclass
class Day:
    """One day of a timetable: its forums as columns, its start times as rows."""

    date: str
    forums: list[str]
    rows: list[tuple[str, dict[str, list[list[TalkEntry]]]]]  # each cell's talks, each its files


def timetable(entries: Sequence[TalkEntry]) -> list[Day]:
    """The talks that have a start time (from the agenda, where a sync read one), by day, time and forum.

    Talks without a time are left to the per-forum lists, so a year without an
    agenda still shows every talk, in its forum's order.
    """
    days: dict[str, dict[str, dict[str, list[TalkEntry]]]] = {}
    for entry in sorted(entries, key=schedule_key):
        start = entry.start
        if start:
            day = days.setdefault(entry.date or "", {})
            day.setdefault(start, {}).setdefault(entry.forum, []).append(entry)
    out = []
    order = forum_order(entries)
    for date, rows in sorted(days.items()):
        forums = sorted({forum for cells in rows.values() for forum in cells}, key=order.__getitem__)
        talks = {start: {f: one_per_talk(es) for f, es in cells.items()} for start, cells in rows.items()}
        out.append(Day(date, forums, sorted(talks.items())))
    return out


def forum_order(entries: Sequence[TalkEntry]) -> dict[str, tuple[int, list[str | int], str]]:
    """Each forum's place: its folder's place in the repository, numbers counted as numbers
    ("2 内存…" before "10 …"), so a year whose folders are numbered keeps their order; a forum
    known from the agenda only (no folder of its own, as every forum of a repository whose decks
    lie at its root) comes after, by its first talk's day and time, as the poster runs: the
    morning's 主论坛 before the afternoon's forums, which keep their names' order."""
    folders: dict[str, str] = {}
    first: dict[str, str] = {}
    for e in entries:
        if "/" in e.path and e.kind != "agenda":
            folder = e.path.split("/", 1)[0]
            folders[e.forum] = min(folders.get(e.forum, folder), folder)
        if e.start:
            when = f"{e.date or ''} {e.start}"
            first[e.forum] = min(first.get(e.forum, when), when)
    return {
        e.forum: (0, _natural(folders[e.forum]), e.forum)
        if e.forum in folders
        else (1, [first.get(e.forum, "~")], e.forum)
        for e in entries
    }


def one_per_talk(entries: Sequence[TalkEntry]) -> list[list[TalkEntry]]:
    """entries as talks, each the list of its files: a deck and its export ("ublk.pptx" and
    "clk2022_ublk.pptx.pdf") that the agenda gave one time, one title and one list of speakers
    are one talk on a schedule, listed once with a link to each file."""
    talks: dict[tuple[object, ...], list[TalkEntry]] = {}
    for e in entries:
        same = (e.date, e.start, e.forum, e.agenda_title or e.title, tuple(e.speakers))
        key = same if e.kind == "slides" and e.start else (id(e),)
        talks.setdefault(key, []).append(e)
    return list(talks.values())


def _natural(name: str) -> list[str | int]:
    return [int(part) if i % 2 else part for i, part in enumerate(re.split(r"(\d+)", name))]
