"""The poster reader on every synthetic layout: slots, speakers and times right, out of how many.

Run:  python bench/poster_layouts.py        (the boxes recorded in tests/data/synthetic_poster_boxes.json)
      python bench/poster_layouts.py --ocr  (OCR each poster now, and say how long it took)
      python bench/poster_layouts.py --missed-times  (each time's box left out in turn, as if OCR
            had not read it: how many of those readings show a talk at a wrong time, or with
            another talk's speakers, as fact)

tests/pictures/posters.py draws each layout class with its truth. A slot is right when its kind,
start, end, title (whitespace and case aside) and speakers all are; speakers, times and
affiliations are counted slot by slot; "OCR missed" counts what the poster prints that OCR did not
read at all (nothing the reader can be blamed for).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pictures"))

import posters

from clkarchive.pictures import agenda
from clkarchive.pictures.engine import engine
from clkarchive.pictures.ocr import OcrBox, read_image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--ocr", action="store_true", help="read the pictures with OCR instead of the recorded boxes"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every slot read wrong")
    parser.add_argument("--missed-times", action="store_true", help="leave out each time's box in turn")
    args = parser.parse_args()
    if args.missed_times:
        missed_times(args.verbose)
        return
    recorded = {} if args.ocr else posters.recorded()
    if args.ocr:
        engine()  # loaded once, not counted against the first poster
    print("| layout | size (px) | slots | speakers | times | affiliations | OCR missed | OCR CPU s |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    sums = [0, 0, 0, 0, 0]
    for poster in posters.posters():
        seconds = "-"
        if args.ocr:
            start = time.process_time()
            boxes: list[OcrBox] = read_image(poster.png)
            seconds = f"{time.process_time() - start:.1f}"
        else:
            boxes = recorded[poster.layout]
        score = posters.compare(poster.truth, agenda.parse(poster.truth.poster, boxes, posters.YEAR))
        missed = posters.missed_by_ocr(poster, boxes)
        width, height = posters.size(poster)
        n = score.total
        print(
            f"| {poster.layout} | {width} x {height} | {score.slots}/{n} | {score.speakers}/{n} | "
            f"{score.times}/{n} | {score.affiliations}/{n} | {len(missed)} | {seconds} |"
        )
        for k, value in enumerate((score.slots, score.speakers, score.times, score.affiliations, n)):
            sums[k] += value
        if args.verbose:
            for line in [*score.wrong, *(f"OCR missed {m!r}" for m in missed)]:
                print(f"    {line}", file=sys.stderr)
    total = sums[4]
    print(f"| all | | {sums[0]}/{total} | {sums[1]}/{total} | {sums[2]}/{total} | {sums[3]}/{total} | | |")


def missed_times(verbose: bool) -> None:
    """Each layout read once per box that prints a time, with that box left out."""
    print("| layout | time boxes | readings showing a wrong time or speakers |")
    print("| --- | --- | --- |")
    sums = [0, 0]
    for poster in posters.posters():
        boxes = posters.recorded()[poster.layout]
        times = [k for k, b in enumerate(boxes) if re.search(r"\d[:h]\d\d", b.text)]
        bad = 0
        for k in times:
            wrong = _shown_wrong(poster, boxes[:k] + boxes[k + 1 :])
            bad += bool(wrong)
            if verbose and wrong:
                print(f"    without {boxes[k].text!r}: {wrong[:2]}", file=sys.stderr)
        print(f"| {poster.layout} | {len(times)} | {bad} |")
        sums[0] += len(times)
        sums[1] += bad
    print(f"| all | {sums[0]} | {sums[1]} |")


def _shown_wrong(poster: posters.Poster, boxes: list[OcrBox]) -> list[str]:
    """The talks a reading shows (as reconciled: what is withheld is not shown) at another time
    than the truth's, or with other speakers, found by title."""
    truth = {posters.normal(s.title): s for f in poster.truth.forums for s in f.slots if s.kind == "talk"}
    out = []
    for talk in agenda.reconcile([agenda.parse(poster.truth.poster, boxes, posters.YEAR)]):
        want = truth.get(posters.normal(talk.slot.title))
        if want is None:
            continue
        if talk.slot.start and talk.slot.start != want.start:
            out.append(f"{talk.slot.title[:24]} at {talk.slot.start}, not {want.start}")
        if talk.slot.speakers and set(talk.slot.speakers) != set(want.speakers):
            out.append(f"{talk.slot.title[:24]}: {talk.slot.speakers}, not {want.speakers}")
    return out


if __name__ == "__main__":
    main()
