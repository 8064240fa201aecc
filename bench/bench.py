"""Benchmark clkarchive against the CLK2024 upstream, side by side with Recoll and pdfgrep.

Run:  python bench/bench.py [--corpus ../shared/corpus] [--x10] [--out bench/results.md]

Every number is printed as it is measured and, at the end, as one Markdown table.
Recoll (recollindex, recollq) and pdfgrep are measured when installed (Debian:
recollcmd, poppler-utils, pdfgrep) and marked "n/a" otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLK = [sys.executable, "-m", "clkarchive"]

# Runs a command and prints its wall time, CPU time and the peak RSS of its
# largest process (wait4's ru_maxrss covers the waited-for descendants too).
_MEASURE = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    t = time.perf_counter()
    rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    wall = time.perf_counter() - t
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps(dict(rc=rc, wall=wall, cpu=ru.ru_utime + ru.ru_stime, rss_mb=ru.ru_maxrss / 1024)))
    """
)


def measure(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    # Byte-code caches on, as an installed package has them: PYTHONDONTWRITEBYTECODE in the
    # environment would recompile our modules (not Whoosh's, compiled at install) at every run.
    env = {k: v for k, v in (env or os.environ).items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, cwd=cwd, env=env, check=True
    )
    result = json.loads(out.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} exited {result['rc']}")
    return result


def write_config(root: Path, url: str, workers: int = 0, ocr: bool | None = None) -> Path:
    """A config of one source, CLK2024, at url; ocr None leaves the product's default (on)."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "config.toml"
    ocr_line = "" if ocr is None else f"ocr = {str(ocr).lower()}\n"
    config.write_text(
        f'[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\nworkers = {workers}\n{ocr_line}\n'
        f'[[sources]]\nname = "CLK2024"\nurl = "{url}"\nbranch = "main"\n',
        encoding="utf-8",
    )
    return config


def git(*args: str, cwd: Path) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def push_change(upstream: Path, work: Path, change) -> None:
    """Clone the bare upstream, let change(worktree) edit it, commit and push back."""
    if not work.exists():
        git("clone", "-q", str(upstream), str(work), cwd=upstream.parent)
    change(work)
    git("add", "-A", cwd=work)
    env = dict(GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="b@e.invalid")
    env |= dict(GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="b@e.invalid")
    subprocess.run(["git", "commit", "-qm", "bench change"], cwd=work, check=True, env=os.environ | env)
    git("push", "-q", "origin", "HEAD:main", cwd=work)


def one_change(work: Path) -> None:
    """Change one PDF, add one, delete one; each new blob needs a real extraction."""
    pdfs = sorted(work.rglob("*.pdf"))
    with open(pdfs[0], "ab") as f:
        f.write(b"%clkarchive-bench change\n")
    added = pdfs[1].parent / ("99-" + pdfs[1].name.split("-", 1)[-1])
    added.write_bytes(pdfs[1].read_bytes() + b"%clkarchive-bench new\n")
    pdfs[2].unlink()


def replicate(corpus: Path, dest: Path, copies: int) -> None:
    """A bare repository holding `copies` copies of CLK2024, each PDF a distinct blob."""
    work = dest.parent / "x10-work"
    subprocess.run(["git", "init", "-q", "-b", "main", str(work)], check=True)
    for n in range(copies):
        target = work / f"copy{n}"
        shutil.copytree(corpus / "CLK2024", target)
        for pdf in target.rglob("*.pdf"):
            pdf.chmod(0o644)
            with open(pdf, "ab") as f:
                f.write(f"%copy {n}\n".encode())
    git("add", "-A", cwd=work)
    env = os.environ | dict(
        GIT_AUTHOR_NAME="b", GIT_AUTHOR_EMAIL="b@e", GIT_COMMITTER_NAME="b", GIT_COMMITTER_EMAIL="b@e"
    )
    subprocess.run(["git", "commit", "-qm", "x10"], cwd=work, check=True, env=env)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(dest)], check=True)


def search_latency(config: Path, queries: list[str], runs: int) -> dict:
    """Whole-process median over `runs` CLI calls, and warm in-process p50/p95 and the slowest query
    (its median over the ten rounds: issue 18 bounds every query at a second)."""
    walls = []
    for i in range(runs):
        walls.append(measure([*CLK, "--config", str(config), "search", queries[i % len(queries)]])["wall"])
    code = textwrap.dedent(
        f"""
        import json, time
        from clkarchive import Archive
        archive = Archive.from_path({str(config)!r})
        queries = {queries!r}
        for q in queries: archive.search(q)   # warm up
        times, each = [], {{q: [] for q in queries}}
        for _ in range(10):
            for q in queries:
                t = time.perf_counter(); archive.search(q); each[q].append(time.perf_counter() - t)
                times.append(each[q][-1])
        times.sort()
        slowest = max(queries, key=lambda q: sorted(each[q])[5])
        print(json.dumps(dict(p50=times[len(times) // 2], p95=times[int(len(times) * 0.95)],
                              slowest=slowest, slowest_s=sorted(each[slowest])[5], max=times[-1])))
        """
    )
    warm = json.loads(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    return dict(median=statistics.median(walls), **warm)


def slowest(lat: dict) -> str:
    return f"{lat['slowest_s'] * 1000:.1f} / {lat['max'] * 1000:.1f} ms ({lat['slowest']})"


def against_floor(cmd: list[str], floor_imports: str, runs: int) -> tuple[float, float]:
    """Median wall time of cmd and of its floor (Python importing floor_imports), interleaved
    run by run so both see the same load; issue 9's targets are the ratio of the two."""
    floor = [sys.executable, "-c", f"import {floor_imports}"]
    walls: dict[str, list[float]] = {"cmd": [], "floor": []}
    for _ in range(runs):
        walls["floor"].append(measure(floor)["wall"])
        walls["cmd"].append(measure(cmd)["wall"])
    return statistics.median(walls["cmd"]), statistics.median(walls["floor"])


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def recoll(mirror: Path, root: Path, queries: list[str]) -> dict | None:
    if not shutil.which("recollindex"):
        return None
    conf = root / "recoll"
    conf.mkdir()
    settings = f"topdirs = {mirror}\nskippedNames+ = .git\nnoaspell = 1\n"
    (conf / "recoll.conf").write_text(settings, encoding="utf-8")
    index = measure(["recollindex", "-c", str(conf)])
    walls = [measure(["recollq", "-c", str(conf), "-n", "0-10", q])["wall"] for q in queries * 2]
    return dict(index=index, search=statistics.median(walls), size=du_mb(conf))


def pdfgrep(mirror: Path, queries: list[str]) -> float | None:
    if not shutil.which("pdfgrep"):
        return None
    walls = [measure(["pdfgrep", "-r", "-i", "-l", "-e", q.split()[0], str(mirror)])["wall"] for q in queries]
    return statistics.median(walls)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE.parent.parent / "shared" / "corpus"))
    ap.add_argument("--x10", action="store_true", help="also measure the corpus replicated ten times")
    ap.add_argument("--runs", type=int, default=32, help="whole-process search runs")
    ap.add_argument("--ocr", action="store_true", help="read pictures too (sync rows: text only)")
    ap.add_argument("--out", help="write the Markdown table to this file too")
    args = ap.parse_args()
    corpus = Path(args.corpus).resolve()
    queries = [q["query"] for q in json.loads((corpus.parent / "eval" / "dev-queries.json").read_text())]
    rows: list[tuple[str, str]] = []

    def row(name: str, value: str) -> None:
        print(f"{name}: {value}", flush=True)
        rows.append((name, value))

    def fmt(m: dict) -> str:
        return f"{m['wall']:.2f} s wall, {m['cpu']:.2f} s CPU, {m['rss_mb']:.0f} MB peak RSS"

    with tempfile.TemporaryDirectory(prefix="clkbench-") as tmp:
        root = Path(tmp)
        upstream = root / "CLK2024.git"
        subprocess.run([str(corpus / "make-upstream"), str(upstream)], check=True, capture_output=True)

        config1 = write_config(root / "one", str(upstream), workers=1, ocr=args.ocr)
        one = measure([*CLK, "--config", str(config1), "sync"])
        row("cold sync, 1 worker", fmt(one))
        config = write_config(root / "main", str(upstream), ocr=args.ocr)
        cold = measure([*CLK, "--config", str(config), "sync"])
        row(
            f"cold sync, {os.cpu_count()} workers",
            fmt(cold) + f" ({cold['wall'] / one['wall']:.2f} x 1 worker)",
        )
        row("re-sync, no change", fmt(measure([*CLK, "--config", str(config), "sync"])))
        quiet_sync = [*CLK, "--config", str(config), "sync", "--quiet"]
        nochange, floor = against_floor(quiet_sync, "pygit2, whoosh.index", 9)
        row(
            "re-sync, no change, median of 9 / its floor (python, pygit2, whoosh.index)",
            f"{nochange * 1000:.0f} ms / {floor * 1000:.0f} ms = {nochange / floor:.2f} x (target <= 1.5 x)",
        )
        push_change(upstream, root / "work", one_change)
        row(
            "re-sync, 1 changed + 1 added + 1 deleted PDF",
            fmt(measure([*CLK, "--config", str(config), "sync"])),
        )
        lat = search_latency(config, queries, args.runs)
        row(f"search, whole process (median of {args.runs})", f"{lat['median'] * 1000:.0f} ms")
        row("search, in process, warm (p50 / p95)", f"{lat['p50'] * 1000:.1f} / {lat['p95'] * 1000:.1f} ms")
        row("search, in process, slowest query (median / max)", slowest(lat))
        row("index size", f"{du_mb(root / 'main' / 'index'):.1f} MB")

        mirror = root / "main" / "mirror" / "CLK2024"
        rc = recoll(mirror, root, queries)
        if rc:
            row(
                "recollindex, same files",
                fmt(rc["index"]) + f" (clkarchive / recoll: {cold['wall'] / rc['index']['wall']:.2f} x wall)",
            )
            row(
                "recollq, median",
                f"{rc['search'] * 1000:.0f} ms (clkarchive / recoll: {lat['median'] / rc['search']:.2f} x)",
            )
            row("recoll index size", f"{rc['size']:.1f} MB")
        else:
            row("recoll", "n/a (install recollcmd)")
        pg = pdfgrep(mirror, queries)
        row(
            "pdfgrep -r, median per query",
            f"{pg * 1000:.0f} ms (clkarchive / pdfgrep: {lat['median'] / pg:.3f} x)"
            if pg
            else "n/a (install pdfgrep)",
        )

        if args.x10:
            big = root / "x10.git"
            replicate(corpus, big, 10)
            config10 = write_config(root / "x10", str(big), ocr=args.ocr)
            row("x10 cold sync", fmt(measure([*CLK, "--config", str(config10), "sync"])))
            row("x10 re-sync, no change", fmt(measure([*CLK, "--config", str(config10), "sync"])))
            lat10 = search_latency(config10, queries, args.runs)
            row("x10 search, whole process (median)", f"{lat10['median'] * 1000:.0f} ms")
            row(
                "x10 search, in process (p50 / p95)",
                f"{lat10['p50'] * 1000:.1f} / {lat10['p95'] * 1000:.1f} ms",
            )
            row("x10 search, in process, slowest query (median / max)", slowest(lat10))
            row("x10 index size", f"{du_mb(root / 'x10' / 'index'):.1f} MB")

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    table = "\n".join(
        [f"Machine: {machine}", "", "| measure | result |", "| --- | --- |"]
        + [f"| {n} | {v} |" for n, v in rows]
    )
    print("\n" + table)
    if args.out:
        Path(args.out).write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
