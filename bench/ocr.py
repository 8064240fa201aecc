"""Measure OCR: seconds per poster and per page, and a cold CLK2024 sync with and without it.

Run:  python bench/ocr.py [--corpus ../shared/corpus] [--out bench/ocr-results.md]

Each command runs in its own process (bench.py's wrapper: wall time, CPU time of the process and its
children, peak RSS of the largest one), so every figure is printed beside its baseline from the same
run: loading the OCR engine alone for the per-picture figures, the sync without OCR for the sync.
Targets (issue 10): a cold sync of CLK2024 with OCR under 3 minutes on 2 cores, peak RSS under 1 GB,
a no-change re-sync as fast as without OCR.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import CLK, HERE, measure, write_config

LOAD = "from clkarchive.pictures import ocr; ocr.engine()"
POSTER = f"import sys; {LOAD}; ocr.read_image(open(sys.argv[1], 'rb').read())"
PAGES = (
    f"import sys; {LOAD}; "
    "ocr.read_pdf_pages(open(sys.argv[1], 'rb').read(), [int(n) for n in sys.argv[2].split(',')])"
)


def low_text_pages(pdf: Path) -> list[int]:
    """The pages the OCR pass would read in this deck."""
    from clkarchive.pictures.ocr_pass import LITTLE_TEXT
    from clkarchive.sync.extract import pdf_pages

    texts = pdf_pages(pdf.read_bytes())
    return [n for n, t in enumerate(texts, 1) if sum(not c.isspace() for c in t) < LITTLE_TEXT]


def ocr_counts(cfg: Path) -> tuple[int, int]:
    """(pages whose text came from OCR, pages in the index), read from the synced index."""
    from clkarchive import index
    from clkarchive.config import load_config

    store = index.Store(load_config(cfg).index_dir)
    pages = [
        p for source in {f.source for f in store.files()} for ps in store.pages(source).values() for p in ps
    ]
    return sum(p.ocr for p in pages), len(pages)


def fmt(m: dict) -> str:
    return f"{m['wall']:.1f} s wall, {m['cpu']:.1f} s CPU, {m['rss_mb']:.0f} MB peak RSS"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--out", help="write the Markdown table to this file too")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        print(f"{name}: {value}", flush=True)
        rows.append((name, value))

    row("load average before", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    py = [sys.executable, "-c"]
    load = measure([*py, LOAD])
    row("load the OCR engine (baseline)", fmt(load))
    poster = corpus / "CLK2024" / "内存分论坛.webp"
    one = measure([*py, POSTER, str(poster)])
    row(
        f"OCR one poster ({poster.name}, 1080 x 13433 px)",
        f"{fmt(one)}; less the engine: {one['wall'] - load['wall']:.1f} s wall, "
        f"{one['cpu'] - load['cpu']:.1f} s CPU",
    )
    deck = corpus / "CLK2024" / "内存分论坛" / "3-围绕 mTHP的 SWAP 系统优化.pdf"
    pages = low_text_pages(deck)
    many = measure([*py, PAGES, str(deck), ",".join(map(str, pages))])
    row(
        f"OCR the {len(pages)} text-poor pages of {deck.name}",
        f"{fmt(many)}; per page, less the engine: {(many['wall'] - load['wall']) / len(pages):.2f} s wall, "
        f"{(many['cpu'] - load['cpu']) / len(pages):.2f} s CPU",
    )

    with tempfile.TemporaryDirectory(prefix="clk-ocr-bench-") as tmp:
        root = Path(tmp)
        upstream = root / "upstream.git"
        subprocess.run([str(corpus / "make-upstream"), str(upstream)], check=True, capture_output=True)
        results = {}
        for ocr in (False, True):
            cfg = write_config(root / f"ocr-{ocr}", str(upstream), workers=2, ocr=ocr)
            cold = measure([*CLK, "--config", str(cfg), "sync"])
            again = measure([*CLK, "--config", str(cfg), "sync"])
            results[ocr] = (cold, again, cfg)
        (cold_off, again_off, _), (cold_on, again_on, cfg_on) = results[False], results[True]
        row("cold sync CLK2024, 2 workers, ocr = false (baseline)", fmt(cold_off))
        row(
            "cold sync CLK2024, 2 workers, with OCR",
            f"{fmt(cold_on)} ({cold_on['wall'] / cold_off['wall']:.1f} x baseline wall)",
        )
        read, total = ocr_counts(cfg_on)
        row("pages whose text came from OCR", f"{read} of {total} (7 posters add one page each)")
        row("no-change re-sync, ocr = false (baseline)", fmt(again_off))
        row(
            "no-change re-sync, with OCR",
            f"{fmt(again_on)} ({again_on['wall'] / again_off['wall']:.2f} x baseline wall)",
        )
    row("load average after", " ".join(f"{x:.1f}" for x in os.getloadavg()))

    table = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}", ""]
    table += ["| measure | result |", "| --- | --- |", *(f"| {n} | {v} |" for n, v in rows)]
    print("\n".join(table))
    if args.out:
        Path(args.out).write_text("\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
