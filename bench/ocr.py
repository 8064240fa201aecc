"""Measure OCR: seconds per poster and per page, and a cold CLK2024 sync with and without it.

Run:  python bench/ocr.py [--corpus ../shared/corpus] [--out bench/ocr-results.md]
      python bench/ocr.py --units [--texts FILE.json]      (a minute or two: the OCR pass alone)
      python bench/ocr.py --compare BEFORE.json AFTER.json (what --texts wrote, two runs)

--units runs the sync's own OCR pass (ocr_pass, its workers and parts) over fixed inputs, one poster
and the text-poor pages of three decks and one PowerPoint deck of three years, and prints CPU per
unit: detection per PDF page and per poster tile, recognition per line, slide pictures, and what the
workers cost besides (forks, reading, decoding); --texts keeps what it read, page by page, so that
--compare can say whether a change reads less (characters, and how alike each page's text is). To
measure a change alone, run it on the code before and after it (PYTHONPATH=that checkout's src).

Each command runs in its own process (bench.py's wrapper: wall time, CPU time of the process and its
children, peak RSS of the largest one), so every figure is printed beside its baseline from the same
run: loading the OCR engine alone for the per-picture figures, the sync without OCR for the sync.
Targets (issue 10): a cold sync of CLK2024 with OCR under 3 minutes on 2 cores, peak RSS under 1 GB,
a no-change re-sync as fast as without OCR.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import CLK, HERE, measure, write_config

# The --units inputs: (file under the corpus, its kind). Fixed, so runs compare; the pages read are
# those the pass would read (fewer than LITTLE_TEXT characters of text).
UNITS = [
    ("CLK2024/内存分论坛.webp", "poster"),
    ("CLK2024/内存分论坛/3-围绕 mTHP的 SWAP 系统优化.pdf", "pdf"),
    ("CLK2024/调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf", "pdf"),
    ("years/CLK2025/2 内存管理与优化分论坛/5 李杨欧文-mmap_lock和anon_vma lock contention优化.pdf", "pdf"),
    ("years/CLK2023/分论坛2（云和服务器）/5  云平台热迁移技术优化与实践——潘睿.pptx", "pptx"),
]

LOAD = "from clkarchive.pictures.engine import engine; engine()"
POSTER = f"import sys; {LOAD}; ocr.read_image(open(sys.argv[1], 'rb').read())"
PAGES = (
    f"import sys; {LOAD}; "
    "ocr.read_pdf_pages(open(sys.argv[1], 'rb').read(), [int(n) for n in sys.argv[2].split(',')])"
)


def low_text_pages(deck: Path) -> list[int]:
    """The pages the OCR pass would read in this deck."""
    from clkarchive.pictures.ocr_pass import LITTLE_TEXT
    from clkarchive.sync.extract import pages_of

    texts = pages_of(deck.name, deck.read_bytes())
    return [n for n, t in enumerate(texts, 1) if sum(not c.isspace() for c in t) < LITTLE_TEXT]


def units(corpus: Path, workers: int, texts: str | None) -> list[tuple[str, str]]:
    """The OCR pass over UNITS, as a sync runs it (in a process of its own: see units_drive)."""
    with tempfile.TemporaryDirectory(prefix="clk-ocr-units-") as tmp:
        out = Path(tmp) / "out.json"
        total = measure([sys.executable, __file__, "--units-drive", str(corpus), str(workers), str(out)])
        data = json.loads(out.read_text(encoding="utf-8"))
    if texts:
        Path(texts).write_text(json.dumps(data["texts"], ensure_ascii=False, indent=0), encoding="utf-8")
    rows = [
        (
            "whole process (imports, engine, pass)",
            f"{total['cpu']:.1f} s CPU, {total['rss_mb']:.0f} MB largest",
        ),
        ("the pass, sync and workers", f"{data['cpu']:.1f} s CPU, {data['wall']:.1f} s wall"),
        (
            "peak RSS: the pass's process / its largest worker",
            f"{data['rss_mb']:.0f} / {data['workers_rss_mb']:.0f} MB",
        ),
    ]
    steps: dict[tuple[str, str], list[dict]] = {}
    for row in data["trace"]:
        steps.setdefault((row["kind"], row["step"]), []).append(row)
    traced = 0.0
    for (kind, step), items in sorted(steps.items()):
        cpu = sum(r["cpu"] for r in items)
        traced += cpu
        if step == "detect":
            unit = f"{cpu / len(items):.3f} s a {'tile' if kind == 'poster' else 'picture'}"
            rows.append((f"{kind}: detection", f"{len(items)} calls, {cpu:.1f} s CPU, {unit}"))
        elif step == "recognise":
            lines = sum(r["lines"] for r in items)
            rows.append(
                (
                    f"{kind}: recognition",
                    f"{lines} lines, {cpu:.1f} s CPU, {1000 * cpu / max(lines, 1):.1f} ms a line",
                )
            )
        else:
            rows.append((f"{kind}: {step}", f"{len(items)} calls, {cpu:.1f} s CPU"))
    rows.append(
        (
            "the workers' own cost besides (forks, reading, decoding, the sync's share)",
            f"{data['cpu'] - traced:.1f} s CPU",
        )
    )
    chars = {
        kind: sum(len(t) for k, t in data["texts"].items() if k.startswith(kind))
        for kind in ("poster", "pdf", "pptx")
    }
    rows.append(
        ("characters read: poster / pdf pages / pptx pictures", " / ".join(f"{n:,}" for n in chars.values()))
    )
    return rows


def units_drive(corpus: Path, workers: int, out: Path) -> None:
    """In the measured process: the real pass (ocr_pass._read) over UNITS, its workers traced."""
    from first_sync import _trace_workers

    from clkarchive.pictures import ocr, ocr_pass
    from clkarchive.workers import Limits

    files = {f"{kind}:{name}": (corpus / name, kind) for name, kind in UNITS}
    jobs = {}
    for blob, (path, kind) in files.items():
        pages = (1,) if kind == "poster" else tuple(low_text_pages(path))
        jobs[blob] = ocr_pass._Job(blob, path.suffix.lower(), pages)
    reading = ocr_pass.Reading(
        read=lambda blob: files[blob][0].read_bytes(), normalize=str, limits=Limits(workers, 3600, 2048)
    )
    trace = out.with_suffix(".trace")
    _trace_workers(trace)
    t0, before = time.perf_counter(), _cpu()
    found = ocr_pass._read("bench", jobs, {b: b for b in jobs}, reading, None)
    cpu, wall = _cpu() - before, time.perf_counter() - t0
    texts = {
        f"{files[blob][1]}:{files[blob][0].name}#{page}": ocr.text_of(boxes)
        for blob, read in found.items()
        for page, boxes in sorted(read.pages.items())
    }
    rows = (
        [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
        if trace.exists()
        else []
    )
    result = dict(
        cpu=cpu,
        wall=wall,
        rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        workers_rss_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        trace=rows,
        texts=texts,
        unread={blob: read.unread for blob, read in found.items() if read.unread},
    )
    out.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def _cpu() -> float:
    own, children = (resource.getrusage(r) for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def compare(before: Path, after: Path) -> None:
    """What two --texts runs read: characters by kind, and the pages whose text differs."""
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    for kind in ("poster", "pdf", "pptx"):
        keys = sorted(k for k in old.keys() | new.keys() if k.startswith(kind))
        a, b = sum(len(old.get(k, "")) for k in keys), sum(len(new.get(k, "")) for k in keys)
        changed = [k for k in keys if old.get(k, "") != new.get(k, "")]
        alike = difflib.SequenceMatcher(
            None,
            "\n".join(old.get(k, "") for k in keys),
            "\n".join(new.get(k, "") for k in keys),
            autojunk=False,
        ).ratio()
        print(
            f"{kind}: {len(keys)} pages, {a:,} characters before, {b:,} after, "
            f"{len(changed)} pages differ, similarity {alike:.3f}"
        )
        for k in changed:
            print(f"  {k}: {len(old.get(k, '')):,} -> {len(new.get(k, '')):,} characters")


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
    if len(sys.argv) > 1 and sys.argv[1] == "--units-drive":
        units_drive(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--out", help="write the Markdown table to this file too")
    ap.add_argument("--units", action="store_true", help="only the OCR pass over fixed inputs, per unit")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="for --units")
    ap.add_argument("--texts", help="with --units: keep what was read in this JSON file")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="two --texts files")
    args = ap.parse_args()
    if args.compare:
        compare(*map(Path, args.compare))
        return
    corpus = Path(args.corpus).resolve()
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        print(f"{name}: {value}", flush=True)
        rows.append((name, value))

    row("load average before", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    if args.units:
        for name, value in units(corpus, args.workers, args.texts):
            row(name, value)
        row("load average after", " ".join(f"{x:.1f}" for x in os.getloadavg()))
        return
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
