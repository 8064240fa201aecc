"""A speaker's name, typed as a reader of a report would, finding their talk first.

Run:  python bench/speaker_search.py CONFIG [-v]

CONFIG: a synced archive holding CLK2024 (bench/relevance.py's three-year archive,
WORK/hard/config.toml, or any other). Every speaker of the hand reading of CLK2024's full agenda
(tests/data/agenda_clk2024_reading.tsv) is searched for by their name in characters and, for a
Chinese name, in pinyin as English reports write it ("Guo Ren"), across every year the archive
holds. Counted: the first result is that talk (its deck, or the agenda's talk at that time where
the deck is not in the archive), and the first result is a talk the person gave (a speaker of
several years' talks may mean another).
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from clkarchive import Archive
from clkarchive.index.names import pinyin_of

READING = Path(__file__).resolve().parent.parent / "tests" / "data" / "agenda_clk2024_reading.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path, help="a synced archive's config.toml (holding CLK2024)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every name whose talk is not first"
    )
    args = parser.parse_args()
    lines = READING.read_text(encoding="utf-8").splitlines()
    rows = list(csv.DictReader((ln for ln in lines if not ln.startswith("#")), delimiter="\t"))
    archive = Archive.from_path(args.config)
    counts = {"characters": [0, 0, 0], "pinyin": [0, 0, 0]}  # names, this talk first, theirs first
    for row in rows:
        for name in row["speakers"].split("、"):
            queries = {"characters": name}
            if re.search(r"[\u4e00-\u9fff]", name):
                queries["pinyin"] = " ".join(w.title() for w in pinyin_of((name,)).split()[:2])
            for how, query in queries.items():
                results = archive.search(query).results
                first = results[0] if results else None
                this = (
                    first is not None
                    and first.source == "CLK2024"
                    and (
                        # the agenda's talk at that time in that forum, its speakers shown or not
                        first.path == row["deck"]
                        or (first.start == row["start"] and first.forum == row["forum"])
                    )
                )
                theirs = this or (first is not None and name in first.speakers)
                count = counts[how]
                count[0] += 1
                count[1] += this
                count[2] += theirs
                if args.verbose and not this:
                    got = f"{first.source} {first.path} {first.speakers}" if first else "nothing"
                    print(f"  {query!r} ({row['forum']} {row['start']}): first {got}")
    print("| typed | names | this talk first | a talk of theirs first |")
    print("| --- | --- | --- | --- |")
    for how, (n, this, theirs) in counts.items():
        print(f"| {how} | {n} | {this} ({this / n:.2f}) | {theirs} ({theirs / n:.2f}) |")


if __name__ == "__main__":
    main()
