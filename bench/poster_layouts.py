"""The poster reader on every synthetic layout: slots, speakers and times right, out of how many.

Run:  python bench/poster_layouts.py        (the boxes recorded in tests/data/synthetic_poster_boxes.json)
      python bench/poster_layouts.py --ocr  (OCR each poster now, and say how long it took)

tests/pictures/posters.py draws each layout class with its truth. A slot is right when its kind,
start, end, title (whitespace and case aside) and speakers all are; speakers, times and
affiliations are counted slot by slot; "OCR missed" counts what the poster prints that OCR did not
read at all (nothing the reader can be blamed for).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pictures"))

import posters

from clkarchive.pictures import agenda
from clkarchive.pictures.ocr import OcrBox, engine, read_image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--ocr", action="store_true", help="read the pictures with OCR instead of the recorded boxes"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every slot read wrong")
    args = parser.parse_args()
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


if __name__ == "__main__":
    main()
