"""What a correction costs: each misspelt query of the blind sets against its corrected form, in process.

Run:  python bench/corrections.py --config ARCHIVE/config.toml [bench/eval/blind-*.json]

Issue 18 bounds a corrected query at twice the plain one. Each query is timed as the median of
--runs searches after a warm-up, misspelt and corrected alternately, so that the machine's load
falls on both alike; in wall time and in the process's CPU time, which a loaded machine (other
processes taking the cores) disturbs less.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from clkarchive import Archive

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", required=True, help="an archive's config.toml (synced)")
    parser.add_argument("sets", nargs="*", type=Path, help="blind sets (default: every one in bench/eval)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sets = args.sets or sorted((HERE / "eval").glob("blind-*.json"))
    with Archive.from_path(args.config) as archive:
        pairs = []
        for path in sets:
            for q in json.loads(path.read_text(encoding="utf-8"))["queries"]:
                if q["kind"] == "typo":
                    fixed = archive.search(q["query"]).corrected
                    if fixed is not None:
                        pairs.append((q["query"], fixed))

        def timed(text: str) -> tuple[float, float]:
            wall, cpu = time.perf_counter(), time.process_time()
            archive.search(text)
            return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000

        ratios: dict[str, list[float]] = {"wall": [], "CPU": []}
        print("| misspelt ms | corrected ms | ratio | CPU ratio | query |\n|---|---|---|---|---|")
        for typo, fixed in pairs:
            runs = [(timed(typo), timed(fixed)) for _ in range(args.runs)]
            ratio = {}
            for n, clock in enumerate(ratios):
                slow = statistics.median(a[n] for a, _ in runs)
                plain = statistics.median(b[n] for _, b in runs)
                ratio[clock] = slow / plain
                ratios[clock].append(slow / plain)
                if clock == "wall":
                    print(f"| {slow:.1f} | {plain:.1f} | {slow / plain:.2f} ", end="")
            print(f"| {ratio['CPU']:.2f} | {typo} |")
        for clock, found in ratios.items():
            print(
                f"\n{len(found)} corrected queries, {clock} time: median ratio "
                f"{statistics.median(found):.2f}, max {max(found):.2f}, {sum(r > 2 for r in found)} over 2 x",
                end="",
            )
        print()


if __name__ == "__main__":
    main()
