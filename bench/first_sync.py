"""A first sync of several years, phase by phase: where its CPU goes, and its largest process.

Run:  python bench/first_sync.py [--years 2023 2024 2025] [--no-ocr] [--floor] [--out FILE]

The upstreams are built by the corpus's `make-year-upstream` (CLK2025's decks come through its
`lfs-server`). The sync is the real CLI (`clkarchive sync`, its output to a file) in a driver
process run under bench.py's wrapper, so the totals are the whole process tree's: user + system
CPU of the sync and all its workers, and the peak RSS of its largest process. The driver wraps the
sync's steps to time them: each phase's own wall and CPU (its own process and the workers it
waited for), nested steps counted in theirs. Workers are forked from the driver, so the OCR
workers also write a line per picture they read: detection, recognition, page renders, blank tiles.

--floor also measures pdfminer's floor for a cold text sync of CLK2024 (every page of its decks
through pdfminer, one process per core) against `clkarchive sync` of CLK2024 with ocr = false,
interleaved in the same run (issue 19: the sync within 1.2 x the floor).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CLK, HERE, measure

_START = (time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF))


def _cpu() -> float:
    self, children = (resource.getrusage(r) for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return self.ru_utime + self.ru_stime + children.ru_utime + children.ru_stime


class _Phases:
    """Each wrapped step's exclusive wall and CPU: a nested step's time is its own, not its caller's."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.stack: list[list[float]] = []  # [wall at entry, cpu at entry, nested wall, nested cpu]

    def wrap(self, owner: object, attr: str, name: str) -> None:
        inner = getattr(owner, attr, None)
        if inner is None:  # a step this version of the code does not have
            return
        phases = self

        def timed(*args: object, **kwargs: object) -> object:
            if os.getpid() != phases.pid:  # in a forked worker: not the sync's own phases
                return inner(*args, **kwargs)
            phases.stack.append([time.perf_counter(), _cpu(), 0.0, 0.0])
            try:
                result = inner(*args, **kwargs)
                if hasattr(result, "__next__"):  # a generator: time it as it is consumed
                    result = list(result)
                return result
            finally:
                t0, c0, nested_wall, nested_cpu = phases.stack.pop()
                wall, cpu = time.perf_counter() - t0, _cpu() - c0
                phases.wall[name] += wall - nested_wall
                phases.cpu[name] += cpu - nested_cpu
                phases.calls[name] += 1
                if phases.stack:
                    phases.stack[-1][2] += wall
                    phases.stack[-1][3] += cpu

        setattr(owner, attr, timed)

    pid = os.getpid()


def _trace_workers(trace: Path) -> None:
    """In the workers: a line per detection, recognition and page render, with the picture's kind."""
    from clkarchive.pictures import ocr

    try:
        from rapidocr_onnxruntime.ch_ppocr_det import TextDetector
        from rapidocr_onnxruntime.ch_ppocr_rec import TextRecognizer
    except ImportError:
        return
    import pypdfium2

    kind = ["?"]

    def write(**row: object) -> None:
        with open(trace, "a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")

    def timed(owner: object, attr: str, step: str, describe: object = None) -> None:
        inner = getattr(owner, attr)

        def call(*args: object, **kwargs: object) -> object:
            c0, t0 = time.process_time(), time.perf_counter()
            result = inner(*args, **kwargs)
            row = dict(step=step, kind=kind[0], cpu=time.process_time() - c0, wall=time.perf_counter() - t0)
            row["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if callable(describe):
                row |= describe(args, result)
            write(**row)
            return result

        setattr(owner, attr, call)

    def det(args: tuple, result: tuple) -> dict:
        h, w = args[1].shape[:2]
        return dict(size=[w, h], boxes=0 if result[0] is None else len(result[0]))

    def rec(args: tuple, result: tuple) -> dict:
        return dict(lines=len(args[1]))

    timed(TextDetector, "__call__", "detect", det)
    timed(TextRecognizer, "__call__", "recognise", rec)
    timed(pypdfium2.PdfPage, "render", "render")

    def of_kind(attr: str, name: str) -> None:
        inner = getattr(ocr, attr)

        def call(*args: object, **kwargs: object) -> object:
            kind[0] = name
            return inner(*args, **kwargs)

        setattr(ocr, attr, call)

    of_kind("read_image", "poster")
    of_kind("read_pdf_pages", "pdf page")
    of_kind("read_pptx_picture", "pptx picture")


def drive(config: str, out: str, trace: str, log: str) -> None:
    """In the driver process: run `clkarchive sync` with its steps wrapped; write the phases to out."""
    imported = (time.perf_counter(), _cpu())
    from clkarchive import cli, index, search
    from clkarchive.index import store
    from clkarchive.pictures import ocr_pass
    from clkarchive.sync import pictures_step, run, source_sync

    phases = _Phases()
    phases.wall["python start-up, bench imports"] = imported[0] - _START[0]
    phases.cpu["python start-up, bench imports"] = _START[1].ru_utime + _START[1].ru_stime
    phases.wall["clkarchive imports (cli, sync)"] = time.perf_counter() - imported[0]
    phases.cpu["clkarchive imports (cli, sync)"] = _cpu() - imported[1]
    sync_cls = source_sync.SourceSync
    for attr, name in [
        ("_fetch", "fetch: clone, checkout, LFS"),
        ("_diff", "diff against the index"),
        ("_write", "text: write (rest)"),
        ("_extract", "text: read decks (pdfminer workers)"),
    ]:
        phases.wrap(sync_cls, attr, name)
    phases.wrap(store.IndexUpdate, "add", "index: analyse and add pages")
    phases.wrap(store.IndexUpdate, "rewrite_pages", "index: analyse and add pages")
    phases.wrap(store.IndexUpdate, "commit", "index: commit")
    phases.wrap(search, "prepare", "index: search tables (term table, words)")
    phases.wrap(store.Store, "compact", "index: merge segments")
    phases.wrap(run, "read_pictures", "pictures: rest")
    phases.wrap(ocr_pass, "_survey", "pictures: survey (workers)")
    phases.wrap(ocr_pass, "_read", "pictures: OCR (workers)")
    phases.wrap(pictures_step, "apply_agenda", "agenda: read posters, relabel")
    phases.wrap(index, "write_published", "published summary")
    phases.wrap(run, "record_attempts", "published summary")
    _trace_workers(Path(trace))
    t0, c0 = time.perf_counter(), _cpu()
    with open(log, "w", encoding="utf-8") as f:
        sys.stdout = sys.stderr = f
        try:
            cli.cli(["--config", config, "sync"], standalone_mode=False)
        finally:
            sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    total_wall, total_cpu = time.perf_counter() - t0, _cpu() - c0
    phases.wall["other (sync, cli)"] = total_wall - sum(
        v for k, v in phases.wall.items() if not k.startswith(("python", "clkarchive imports"))
    )
    phases.cpu["other (sync, cli)"] = total_cpu - sum(
        v for k, v in phases.cpu.items() if not k.startswith(("python", "clkarchive imports"))
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    data = dict(wall=phases.wall, cpu=phases.cpu, calls=phases.calls, rss_mb=rss)
    Path(out).write_text(json.dumps(data), encoding="utf-8")


def build(corpus: Path, work: Path, years: list[str]) -> dict[str, Path]:
    ups = {}
    for year in years:
        up = work / f"up{year}"
        if not up.exists():
            subprocess.run(
                [str(corpus / "make-year-upstream"), year, str(up)], check=True, capture_output=True
            )
        ups[year] = up
    return ups


def write_config(
    root: Path, ups: dict[str, Path], lfs_url: str | None, ocr: bool, workers: int, timeout: int = 120
) -> Path:
    """timeout: archive.extract_timeout, a wall-clock limit: on a machine busy with other work,
    the default (120 s) kills poster bands that are only waiting for a core, and the sync's CPU
    then counts less than the work."""
    root.mkdir(parents=True, exist_ok=True)
    archive = f'mirror_dir = "mirror"\nindex_dir = "index"\nworkers = {workers}\nocr = {str(ocr).lower()}'
    lines = [f"[archive]\n{archive}\nextract_timeout = {timeout}\n"]
    for year, up in ups.items():
        lines.append(f'[[sources]]\nname = "CLK{year}"\nurl = "{up}"\nbranch = "main"\n')
        if year == "2025" and lfs_url:
            lines.append(f'lfs_url = "{lfs_url}"\n')
    config = root / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def summarise_trace(trace: Path) -> list[tuple[str, str]]:
    """Detection, recognition and renders by the kind of picture: calls, CPU, blank detections."""
    if not trace.exists():
        return []
    rows: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for line in trace.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[(row["kind"], row["step"])].append(row)
    out = []
    for (kind, step), items in sorted(rows.items()):
        cpu = sum(r["cpu"] for r in items)
        extra = ""
        if step == "detect":
            blank = sum(r["boxes"] == 0 for r in items)
            px = sum(r["size"][0] * r["size"][1] for r in items) / 1e6
            extra = f", {blank} found no text, {px:.0f} Mpx"
        elif step == "recognise":
            extra = f", {sum(r['lines'] for r in items)} lines"
        if "rss_mb" in items[0]:
            extra += f", workers' peak RSS {max(r['rss_mb'] for r in items):.0f} MB"
        out.append((f"OCR workers: {kind}: {step}", f"{len(items)} calls, {cpu:.1f} s CPU{extra}"))
    return out


_FLOOR = """
import io, os, sys
from multiprocessing import Pool
from pathlib import Path

def pages(path):
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    data = io.BytesIO(Path(path).read_bytes())
    return sum(1 for _ in extract_pages(data, laparams=LAParams(all_texts=True)))

if __name__ == "__main__":
    import pdfminer.high_level
    decks = sorted(Path(sys.argv[1]).rglob("*.pdf"), key=lambda p: -p.stat().st_size)
    with Pool(os.cpu_count()) as pool:
        print(sum(pool.imap_unordered(pages, decks)))
"""


def floor_rows(corpus: Path, work: Path, runs: int) -> list[tuple[str, str]]:
    """pdfminer over every page of CLK2024 against a cold text sync of CLK2024, interleaved."""
    ups = build(corpus, work, ["2024"])
    floor, synced = [], []
    for n in range(runs):
        floor.append(measure([sys.executable, "-c", _FLOOR, str(corpus / "CLK2024")]))
        config = write_config(work / f"text{n}", ups, None, ocr=False, workers=0)
        synced.append(measure([*CLK, "--config", str(config), "sync"]))
    fw, fc = statistics.median(m["wall"] for m in floor), statistics.median(m["cpu"] for m in floor)
    sw, sc = statistics.median(m["wall"] for m in synced), statistics.median(m["cpu"] for m in synced)
    return [
        (
            f"pdfminer floor, CLK2024, {os.cpu_count()} processes (median of {runs})",
            f"{fw:.2f} s wall, {fc:.2f} s CPU",
        ),
        (
            f"cold text sync CLK2024, ocr = false (median of {runs})",
            f"{sw:.2f} s wall, {sc:.2f} s CPU: {sw / fw:.2f} x the floor's wall, {sc / fc:.2f} x its CPU",
        ),
    ]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--drive":
        drive(*sys.argv[2:6])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--years", nargs="+", default=["2023", "2024", "2025"])
    ap.add_argument("--no-ocr", action="store_true", help="read text only (ocr = false)")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--timeout", type=int, default=3600, help="archive.extract_timeout (see write_config)")
    ap.add_argument("--floor", action="store_true", help="also pdfminer's floor against a cold text sync")
    ap.add_argument("--runs", type=int, default=3, help="interleaved runs for --floor")
    ap.add_argument("--work", help="keep the upstreams and the synced archive here")
    ap.add_argument("--out", help="write the Markdown table to this file too")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        print(f"{name}: {value}", flush=True)
        rows.append((name, value))

    with tempfile.TemporaryDirectory(prefix="clk-first-sync-") as tmp:
        work = Path(args.work or tmp).resolve()
        work.mkdir(parents=True, exist_ok=True)
        ups = build(corpus, work, args.years)
        server = None
        lfs_url = None
        if "2025" in args.years:
            server = subprocess.Popen(
                [str(corpus / "lfs-server"), "0", "--seconds", "7200"], stdout=subprocess.PIPE, text=True
            )
            lfs_url = server.stdout.readline().strip() if server.stdout else None
        try:
            root = work / f"sync-{int(time.time())}"
            config = write_config(root, ups, lfs_url, not args.no_ocr, args.workers, args.timeout)
            phases, trace, log = root / "phases.json", root / "ocr-trace.jsonl", root / "sync.log"
            row("load average before", " ".join(f"{x:.1f}" for x in os.getloadavg()))
            total = measure(
                [sys.executable, __file__, "--drive", str(config), str(phases), str(trace), str(log)]
            )
            row("load average after", " ".join(f"{x:.1f}" for x in os.getloadavg()))
            years = ", ".join(f"CLK{y}" for y in args.years)
            row(
                f"first sync of {years}, ocr = {str(not args.no_ocr).lower()}, whole process tree",
                f"{total['wall']:.1f} s wall, {total['cpu']:.1f} s CPU, "
                f"{total['rss_mb']:.0f} MB largest process",
            )
            data = json.loads(phases.read_text(encoding="utf-8"))
            if "rss_mb" in data:
                row("peak RSS of the sync's own process", f"{data['rss_mb']:.0f} MB")
            for name in sorted(data["cpu"], key=lambda k: -data["cpu"][k]):
                calls = data.get("calls", {}).get(name)
                times = f", {calls} calls" if calls else ""
                row(
                    f"phase: {name}", f"{data['wall'][name]:.1f} s wall, {data['cpu'][name]:.1f} s CPU{times}"
                )
            for name, value in summarise_trace(trace):
                row(name, value)
            if args.floor:
                for name, value in floor_rows(corpus, work, args.runs):
                    row(name, value)
        finally:
            if server:
                server.terminate()
                server.wait()

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table = [
        f"Machine: {machine}",
        "",
        "| measure | result |",
        "| --- | --- |",
        *(f"| {n} | {v} |" for n, v in rows),
    ]
    print("\n".join(table))
    if args.out:
        Path(args.out).write_text("\n".join(table) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
