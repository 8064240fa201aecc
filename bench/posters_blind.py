"""The poster reader on posters drawn by someone who had not read it: what it shows, withholds, gets wrong.

Run:  python bench/posters_blind.py bench/eval/posters-blind-1 [-v] [--boxes DIR] [--missed-times]

--boxes DIR keeps each picture's OCR boxes in DIR (one file per picture, named by its digest)
and reads them from there the next time, so that a change to the reader is measured in seconds;
the OCR CPU column is then "-" for a picture not read now.

The folder holds pictures and a truth.json (written with them, never edited after a
measurement; bench/eval/posters-blind-1/draw.py redraws the pictures). Each poster is read
as a sync reads it: OCR, `agenda.parse`, then `agenda.reconcile`, whose talks carry what is
shown and what is withheld. A talk of the truth is found among the talks read by its title
(whitespace, case and full-width forms aside), else by its place in its forum among the
talks no title claimed. It counts titles read whole; for speakers and start times: right
(shown and equal; names with spaces and case aside), withheld (not shown, with a reason),
wrong (shown and not equal: the number that must stay at zero), and talks missing altogether.

--missed-times reads each poster again once per box that prints a time, with that box left out
(as if OCR had not read it), and counts the readings with more WRONG speakers or times than the
whole poster's reading: what a time OCR misses costs in wrong facts shown.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pictures"))

from posters import normal  # as bench/poster_layouts.py compares: spaces, case, full width aside

from clkarchive.pictures import agenda
from clkarchive.pictures.engine import engine
from clkarchive.pictures.ocr import OcrBox, box_of, box_row, read_image


@dataclass
class Tally:
    right: int = 0
    withheld: int = 0
    wrong: int = 0

    def add(self, shown: object, want: object) -> str:
        if not shown:
            self.withheld += 1
            return "withheld"
        if shown == want:
            self.right += 1
            return "right"
        self.wrong += 1
        return "WRONG"


@dataclass
class Score:
    talks: int = 0
    missing: int = 0
    titles: int = 0
    speakers: Tally = field(default_factory=Tally)
    times: Tally = field(default_factory=Tally)
    lines: list[str] = field(default_factory=list)


def score(truth: dict, talks: list[agenda.AgendaTalk]) -> Score:
    out = Score()
    unused = list(talks)
    for forum in truth["forums"]:
        wanted = [s for s in forum["slots"] if s["kind"] in ("talk", "keynote")]
        of_forum = [t for t in unused if fuzz.ratio(normal(t.forum), normal(forum["forum"])) >= 60]
        for want, got in zip(wanted, _found(wanted, of_forum or unused), strict=True):
            out.talks += 1
            if got is None:
                out.missing += 1
                out.lines.append(f"  missing: {want['start']} {want['title']}")
                continue
            unused.remove(got)
            out.titles += normal(got.slot.title) == normal(want["title"])
            said_speakers = out.speakers.add(
                [normal(n) for n in got.slot.speakers], [normal(n) for n in want["speakers"]]
            )
            said_time = out.times.add(got.slot.start, want["start"])
            if "WRONG" in (said_speakers, said_time) or "withheld" in (said_speakers, said_time):
                out.lines.append(
                    f"  {want['start']} {want['title'][:30]!r} {want['speakers']}: read {got.slot.start} "
                    f"{got.slot.speakers} (speakers {said_speakers}, time {said_time}; "
                    f"withheld {got.withheld})"
                )
    return out


def _found(wanted: list[dict], pool: list[agenda.AgendaTalk]) -> list[agenda.AgendaTalk | None]:
    """The talk read for each talk of the truth: by its title first, for all of them, then the
    rest by their place in the forum among the talks no title claimed (so that a talk the reader
    did not read, or read as no talk, does not hand each later talk its neighbour's)."""
    left = list(pool)
    found: list[agenda.AgendaTalk | None] = []
    for want in wanted:
        best = max(left, key=lambda t: fuzz.ratio(normal(t.slot.title), normal(want["title"])), default=None)
        if best is not None and fuzz.ratio(normal(best.slot.title), normal(want["title"])) >= 70:
            left.remove(best)
            found.append(best)
        else:
            found.append(None)
    for k, got in enumerate(found):
        if got is None and (got := next((t for t in left if t.number == k + 1), None)) is not None:
            found[k] = got
            left.remove(got)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder with the pictures and truth.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every field not read right")
    parser.add_argument("--boxes", type=Path, help="a folder keeping each picture's OCR boxes between runs")
    parser.add_argument("--missed-times", action="store_true", help="leave out each time's box in turn")
    args = parser.parse_args()
    truth = json.loads((args.folder / "truth.json").read_text(encoding="utf-8"))
    if args.missed_times:
        missed_times(truth, args.folder, args.boxes, args.verbose)
        return
    print(
        "| poster | talks | titles | speakers right / withheld / WRONG "
        "| start times right / withheld / WRONG | missing | OCR CPU s |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    total = Score()
    for poster in truth["posters"]:
        boxes, seconds = _boxes((args.folder / poster["file"]).read_bytes(), args.boxes)
        year = int(poster["date"][:4]) if poster.get("date") else None
        try:
            talks = agenda.reconcile([agenda.parse(poster["file"], boxes, year)])
        except Exception as error:  # a reader that fails is measured as reading nothing, and said
            print(f"| {poster['file']} | the reader failed: {error!r} |")
            talks = []
        got = score(poster, talks)
        s, t = got.speakers, got.times
        print(
            f"| {poster['file']} | {got.talks} | {got.titles} | {s.right} / {s.withheld} / {s.wrong} | "
            f"{t.right} / {t.withheld} / {t.wrong} | {got.missing} | {seconds} |"
        )
        if args.verbose:
            print("\n".join(got.lines), file=sys.stderr)
        total.talks += got.talks
        total.missing += got.missing
        total.titles += got.titles
        for mine, theirs in ((total.speakers, s), (total.times, t)):
            mine.right += theirs.right
            mine.withheld += theirs.withheld
            mine.wrong += theirs.wrong
    s, t = total.speakers, total.times
    print(
        f"| all | {total.talks} | {total.titles} | {s.right} / {s.withheld} / {s.wrong} "
        f"| {t.right} / {t.withheld} / {t.wrong} | {total.missing} | |"
    )


def missed_times(truth: dict, folder: Path, keep: Path | None, verbose: bool) -> None:
    print("| poster | time boxes | readings with more WRONG |")
    print("| --- | --- | --- |")
    sums = [0, 0]
    for poster in truth["posters"]:
        boxes, _ = _boxes((folder / poster["file"]).read_bytes(), keep)
        year = int(poster["date"][:4]) if poster.get("date") else None

        def wrong(read: list[OcrBox], poster: dict = poster, year: int | None = year) -> int:
            got = score(poster, agenda.reconcile([agenda.parse(poster["file"], read, year)]))
            return got.speakers.wrong + got.times.wrong

        whole = wrong(boxes)
        times = [k for k, b in enumerate(boxes) if re.search(r"\d[:h.]\d\d", b.text)]
        worse = [k for k in times if wrong(boxes[:k] + boxes[k + 1 :]) > whole]
        if verbose:
            for k in worse:
                print(f"    without {boxes[k].text!r}", file=sys.stderr)
        print(f"| {poster['file']} | {len(times)} | {len(worse)} |")
        sums[0] += len(times)
        sums[1] += len(worse)
    print(f"| all | {sums[0]} | {sums[1]} |")


def _boxes(picture: bytes, keep: Path | None) -> tuple[list[OcrBox], str]:
    """The picture's OCR boxes, and the CPU seconds OCR took ("-" when they were kept from before)."""
    kept = keep / f"{hashlib.sha256(picture).hexdigest()}.json" if keep else None
    if kept is not None and kept.exists():
        return [box_of(row) for row in json.loads(kept.read_text(encoding="utf-8"))], "-"
    engine()
    start = time.process_time()
    # as a sync keeps them (pictures.ocr.box_row: characters' probabilities to 3 decimals), so that a
    # first reading and one from the folder agree, and both agree with a sync's
    boxes = [box_of(box_row(b)) for b in read_image(picture)]
    seconds = f"{time.process_time() - start:.1f}"
    if kept is not None:
        kept.parent.mkdir(parents=True, exist_ok=True)
        kept.write_text(json.dumps([box_row(b) for b in boxes], ensure_ascii=False), encoding="utf-8")
    return boxes, seconds


if __name__ == "__main__":
    main()
