"""How long drawing a PPTX slide without LibreOffice takes, and how much memory it needs.

Each deck is drawn in a fresh process, as a render worker would meet it: its
first slides at thumbnail width (the first pays for opening the deck), then
the first again at the viewer's width. Prints p50 and max per slide, and each
process's peak resident memory.

    python bench/draw_pptx.py MIRROR/CLK2023 [--slides 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

WORKER = """
import json, resource, sys, time
from pathlib import Path
from clkarchive.pictures.pptx_draw import draw_slide
from clkarchive.pictures.render import IMAGE_WIDTHS
deck, slides = Path(sys.argv[1]), int(sys.argv[2])
times = []
for number in range(1, slides + 1):
    started = time.perf_counter()
    try:
        draw_slide(deck, number, IMAGE_WIDTHS["thumb"])
    except IndexError:
        break
    times.append(time.perf_counter() - started)
started = time.perf_counter()
draw_slide(deck, 1, IMAGE_WIDTHS["view"])
view = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"thumb": times, "view": view, "rss_mb": peak}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a checkout holding .pptx decks (searched recursively)")
    parser.add_argument("--slides", type=int, default=5)
    args = parser.parse_args()
    decks = sorted(args.folder.rglob("*.pptx"))
    first, later, views, rss = [], [], [], []
    for deck in decks:
        done = subprocess.run(
            [sys.executable, "-c", WORKER, str(deck), str(args.slides)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(done.stdout)
        first.append(row["thumb"][0])
        later += row["thumb"][1:]
        views.append(row["view"])
        rss.append(row["rss_mb"])
        print(
            f"{deck.name[:50]:50}  first {row['thumb'][0]:5.2f} s"
            f"  next {max(row['thumb'][1:] or [0]):5.2f} s max"
            f"  view {row['view']:5.2f} s  {row['rss_mb']:5.0f} MB"
        )
    every = first + later
    print(f"{len(decks)} decks, {len(every)} slides at thumbnail width")
    for name, values in (
        ("every slide", every),
        ("first slide (opens the deck)", first),
        ("later slides", later),
        ("first slide at view width", views),
    ):
        print(f"{name:30} p50 {statistics.median(values):5.2f} s  max {max(values):5.2f} s")
    print(f"peak resident memory per process: p50 {statistics.median(rss):.0f} MB, max {max(rss):.0f} MB")


if __name__ == "__main__":
    main()
