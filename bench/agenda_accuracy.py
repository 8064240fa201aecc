"""How well the agenda posters' OCR becomes a schedule: speakers and times right, out of how many.

Run:  python bench/agenda_accuracy.py

Measured on the OCR boxes recorded from the real posters (tests/data/agenda_boxes.json)
against a hand reading of CLK2024's full agenda checked by eye against the image
(tests/data/agenda_clk2024_reading.tsv): each poster read alone, then all seven
reconciled and matched to the 38 decks upstream (the 22 in the corpus and the 16
too big for it) as a sync does. A talk is right when its whole speaker list (or
start and end) equals the reading; "missing" when the parser gave none, "wrong"
when it gave another.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from clkarchive.models import IndexedFile
from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import box_of
from clkarchive.sync.layout import describe

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    recorded = json.loads((DATA / "agenda_boxes.json").read_text(encoding="utf-8"))
    posters = {
        name.removeprefix("CLK2024/"): [box_of(b) for b in poster["boxes"]]
        for name, poster in recorded.items()
        if name.startswith("CLK2024/")
    }
    lines = (DATA / "agenda_clk2024_reading.tsv").read_text(encoding="utf-8").splitlines()
    rows = list(csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"))
    decks = [describe(r["deck"]) for r in rows if r["deck"] != "-"] + [describe(p) for p in posters]
    files = [IndexedFile("CLK2024", str(n), t, 1) for n, t in enumerate(decks) if t]
    print("| read from | talks | speakers right | missing | wrong | times right | missing | wrong |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for poster, boxes in sorted(posters.items()):
        # One poster alone, measured on its own forum's talks (the full agenda: all of them).
        forum = describe(poster).forum  # type: ignore[union-attr]
        mine = [r for r in rows if not forum or r["forum"] == forum]
        _report(poster, mine, _found(agenda.relabel(files, {poster: boxes}), mine))
    _report("all seven, reconciled", rows, _found(agenda.relabel(files, posters), rows))


def _found(result: agenda.Relabelling, rows: list[dict[str, str]]) -> list:
    """The talk the parser gives for each row: its deck, or the agenda talk of its forum and time."""
    by_path = {t.path: t for t in result.decks}
    only = {(t.forum, t.start): t for t, _ in result.agenda}
    return [by_path.get(r["deck"]) or only.get((r["forum"], r["start"])) for r in rows]


def _report(name: str, rows: list[dict[str, str]], found: list) -> None:
    speakers = [0, 0, 0]  # right, missing, wrong
    times = [0, 0, 0]
    for row, talk in zip(rows, found, strict=True):
        want = tuple(row["speakers"].split("、"))
        have = talk.speakers if talk is not None else ()
        speakers[0 if have == want else 1 if not have else 2] += 1
        when = (talk.start, talk.end) if talk is not None else (None, None)
        times[0 if when == (row["start"], row["end"]) else 1 if when[0] is None else 2] += 1
    n = len(rows)
    print(
        f"| {name} | {n} | {speakers[0]}/{n} | {speakers[1]} | {speakers[2]} | {times[0]}/{n} | "
        f"{times[1]} | {times[2]} |"
    )


if __name__ == "__main__":
    main()
