"""Benchmark `clkarchive serve`: search latency, concurrency, idle connections, pictures, and a results
page in a real browser.

Run:  python bench/web.py --config PATH [--workers N] [--queries FILE ...] [--searches-only]
                          [--out bench/web-results.md]

PATH is a synced archive (bench/README.md says how to build the three-year
corpus archive). Each number is printed beside its baseline measured in the
same run, since the machine may be busy:
- /api/search, timed inside the server (its Server-Timing header) and end to
  end over loopback, beside the same queries through the library in-process;
- the slowest query of each evaluation file, inside the server (the median of
  its runs);
- 20 client processes each sending 100 searches over loopback (errors, p50,
  p95, requests/s) to the server with N worker processes (serve's default: one
  per core), beside the same run against one worker; each measured twice,
  alternately, and pooled;
- a search on a new connection while 1,100 connections that send nothing are
  open, to a server whose file limit is 1,024 (the usual default), beside the
  same search with none open;
- unless --searches-only: a thumbnail from the render cache beside a static
  file, and first renders; the results page with 10 talks and 30 thumbnails
  fully loaded in headless chromium, with the render cache empty (cold) and
  full (warm).
Everything goes to 127.0.0.1 only, with timeouts, and a fixed number of requests.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote, urlencode

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"
FALLBACK_QUERIES = ["kernel", "内存", "eBPF", "folio", "调度", "io_uring", "虚拟化", "scheduler", "RISC-V"]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1000",
]
PAGE_QUERIES = ["内核", "Linux", "kernel", "内存", "性能"]


EVAL_FILES = ("dev-queries.json", "dev-queries-hard.json")
CLIENTS = 20
SEARCHES_PER_CLIENT = 100
IDLE_CONNECTIONS = 1100
IDLE_FILE_LIMIT = 1024


def queries(files: list[Path] | None = None) -> list[str]:
    found: list[str] = []
    for path in files or [EVAL / name for name in EVAL_FILES]:
        if path.exists():
            found += read_queries(path)
    return found or FALLBACK_QUERIES


def read_queries(path: Path) -> list[str]:
    return [q["query"] for q in json.loads(path.read_text(encoding="utf-8"))]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    return f"p50 {pct(values, 50):.1f} ms, p95 {pct(values, 95):.1f} ms"


def start_server(config: Path, *args: str, files: int | None = None) -> tuple[subprocess.Popen, str, int]:
    """`clkarchive serve --port 0 ARGS`, with the file limit `files` (soft and hard) when given."""
    command = [sys.executable, "-m", "clkarchive", "--config", str(config), "serve", "--port", "0", *args]
    if files is not None:
        command = ["prlimit", f"--nofile={files}:{files}", *command]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    if not url:
        raise SystemExit("bench: the server did not start")
    host, port = url[len("http://") : -1].split(":")
    return process, host, int(port)


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, http.client.HTTPResponse]:
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read(), response


def api_search(host: str, port: int, qs: list[str], rounds: int) -> tuple[list[float], list[float]]:
    """(server-side ms from Server-Timing, end-to-end ms) for each search, one client, warm."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    for q in qs:  # warm-up: every query once
        get(conn, "/api/search?" + urlencode({"q": q}))
    server, total = [], []
    for _ in range(rounds):
        for q in qs:
            started = time.perf_counter()
            status, _, response = get(conn, "/api/search?" + urlencode({"q": q}))
            total.append((time.perf_counter() - started) * 1000)
            if status == 200:
                server.append(float(response.headers["Server-Timing"].split("dur=")[1]))
    return server, total


def library_search(config: Path, qs: list[str], rounds: int) -> list[float]:
    from clkarchive import Archive

    archive = Archive.from_path(config)
    for q in qs:
        try_search(archive, q)
    times = []
    for _ in range(rounds):
        for q in qs:
            started = time.perf_counter()
            try_search(archive, q)
            times.append((time.perf_counter() - started) * 1000)
    return times


def try_search(archive, q: str) -> None:
    from clkarchive.errors import ClkError

    with contextlib.suppress(ClkError):  # a query with nothing left to search
        archive.search(q)


def _client(args: tuple[str, int, list[str], int]) -> tuple[list[float], int]:
    host, port, qs, count = args
    conn = http.client.HTTPConnection(host, port, timeout=60)
    times, errors = [], 0
    for i in range(count):
        started = time.perf_counter()
        try:
            status, _, _ = get(conn, "/api/search?" + urlencode({"q": qs[i % len(qs)]}))
            errors += status not in (200, 400)  # 400: a query with nothing to search, answered
        except OSError:
            errors += 1
            conn = http.client.HTTPConnection(host, port, timeout=60)
        times.append((time.perf_counter() - started) * 1000)
    return times, errors


def concurrent(
    host: str, port: int, qs: list[str], clients: int, total: int
) -> tuple[list[float], int, float]:
    started = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(clients) as pool:
        shares = [qs[i:] + qs[:i] for i in range(clients)]
        outcomes = pool.map(_client, [(host, port, s, total // clients) for s in shares])
    wall = time.perf_counter() - started
    return [t for times, _ in outcomes for t in times], sum(e for _, e in outcomes), wall


def concurrency(config: Path, qs: list[str], *servers: list[str]) -> list[str]:
    """CLIENTS x SEARCHES_PER_CLIENT against a server started with each of these serve options, twice
    over, alternately (the machine's load drifts), pooled: errors, p50, p95 and searches/s each."""
    times: list[list[float]] = [[] for _ in servers]
    errors = [0 for _ in servers]
    wall = [0.0 for _ in servers]
    for _ in range(2):
        for n, options in enumerate(servers):
            process, host, port = start_server(config, *options)
            try:
                concurrent(host, port, qs, 2, 2 * len(qs))  # every worker's searcher warm
                got, failed, took = concurrent(host, port, qs, CLIENTS, CLIENTS * SEARCHES_PER_CLIENT)
            finally:
                process.terminate()
                process.wait(timeout=30)
            times[n] += got
            errors[n] += failed
            wall[n] += took
    return [
        f"{errors[n]} errors, {ms(times[n])}, {len(times[n]) / wall[n]:.0f} searches/s"
        for n in range(len(servers))
    ]


def slowest(
    host: str, port: int, files: list[Path], rounds: int
) -> list[tuple[str, str, float, float, list[float]]]:
    """For each evaluation file: its slowest query, that query's median and worst time inside the server,
    and the times of all its queries."""
    conn = http.client.HTTPConnection(host, port, timeout=120)
    found = []
    for path in files:
        if not path.exists():
            continue
        times: dict[str, list[float]] = {}
        for q in read_queries(path):
            get(conn, "/api/search?" + urlencode({"q": q}))  # warm
            for _ in range(rounds):
                status, _, response = get(conn, "/api/search?" + urlencode({"q": q}))
                if status == 200:
                    times.setdefault(q, []).append(float(response.headers["Server-Timing"].split("dur=")[1]))
        worst = max(times, key=lambda q: pct(times[q], 50))
        every = [t for ts in times.values() for t in ts]
        found.append((path.name, worst, pct(times[worst], 50), max(times[worst]), every))
    return found


def idle_search(config: Path, workers: list[str]) -> tuple[str, str]:
    """A search on a new connection, timed five times with IDLE_CONNECTIONS connections open that never
    send a byte, to a server whose file limit is IDLE_FILE_LIMIT; and five times with none open."""
    if shutil.which("prlimit") is None:
        return "not measured (needs prlimit)", ""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < IDLE_CONNECTIONS + 200:
        return f"not measured (this process may open only {hard} files)", ""
    resource.setrlimit(resource.RLIMIT_NOFILE, (IDLE_CONNECTIONS + 200, hard))
    process, host, port = start_server(config, *workers, files=IDLE_FILE_LIMIT)
    idle: list[socket.socket] = []

    def searches() -> list[float]:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(host, port, timeout=20)
                status, _, _ = get(conn, "/api/search?q=kernel")
                conn.close()
                took = (time.perf_counter() - started) * 1000 if status == 200 else float("inf")
            except OSError:  # no answer within the timeout
                took = float("inf")
            times.append(took)
            time.sleep(0.2)
        return times

    try:
        without = searches()
        for _ in range(IDLE_CONNECTIONS):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            idle.append(sock)
            sock.setblocking(False)
            sock.connect_ex((host, port))
        time.sleep(1)
        with_idle = searches()
    finally:
        for sock in idle:
            sock.close()
        process.terminate()
        process.wait(timeout=30)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))

    def shown(times: list[float]) -> str:
        answered = [t for t in times if t != float("inf")]
        lost = len(times) - len(answered)
        worst = f"worst {max(answered):.0f} ms" if answered else ""
        return ", ".join(filter(None, [worst, f"{lost} of {len(times)} unanswered in 20 s" if lost else ""]))

    return shown(with_idle), shown(without)


def talk_pages(host: str, port: int, years: list[int]) -> tuple[str, list[str]]:
    """A results page (its query string) that shows 10 talks with 3 pages each, and its 30 thumbnails.

    PowerPoint decks show text cards, not pictures, so a year of PDF decks may be needed to fill it.
    """
    conn = http.client.HTTPConnection(host, port, timeout=60)
    for year in [None, *years]:
        for q in PAGE_QUERIES:
            params = urlencode({"q": q} | ({"year": year} if year else {}))
            _, body, _ = get(conn, "/search?" + params)
            thumbs = [p.split('"')[0] for p in body.decode().split('src="/img/')[1:]]
            if len(thumbs) >= 30:
                return params, ["/img/" + t for t in thumbs]
    raise SystemExit("bench: no query shows 30 thumbnails on this archive")


def pictures(host: str, port: int, cache: Path, thumbs: list[str]) -> dict[str, list[float]]:
    conn = http.client.HTTPConnection(host, port, timeout=120)
    shutil.rmtree(cache, ignore_errors=True)
    first, cached, static = [], [], []
    for url in thumbs:
        started = time.perf_counter()
        get(conn, url)
        first.append((time.perf_counter() - started) * 1000)
    for _ in range(5):
        for url in thumbs:
            started = time.perf_counter()
            get(conn, url)
            cached.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            get(conn, "/static/style.css")
            static.append((time.perf_counter() - started) * 1000)
    return {"first": first, "cached": cached, "static": static}


def in_process_renders(config: Path, thumbs: list[str], scratch: Path) -> list[float]:
    """The same first renders drawn in this process, without a worker process: the renders' floor."""
    from clkarchive import Archive
    from clkarchive.models import IMAGE_WIDTHS
    from clkarchive.pictures.render import render_page

    archive = Archive.from_path(config)
    times = []
    for url in thumbs:
        _, _, blob, page, _ = url.split("/")
        held = archive.indexed_blob(blob)
        local = archive.checked_out(held) if held else None
        if local is None:
            continue
        started = time.perf_counter()
        try:
            render_page(local, int(page), IMAGE_WIDTHS["thumb"], scratch / "thumb.webp")
        except Exception:  # a deck whose LFS object never came (a pointer file), a PPTX: no PDF to draw
            continue
        times.append((time.perf_counter() - started) * 1000)
    return times


def browser_load(url: str) -> tuple[float, int, int]:
    """(ms until the load event, images loaded, images) for one page in a fresh headless chromium."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.set_page_load_timeout(300)
        driver.get(url)  # returns after the load event: every image has arrived or failed
        timing = driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime"
        )
        widths = driver.execute_script("return [...document.images].map(i => i.naturalWidth)")
        return timing, sum(w > 0 for w in widths), len(widths)
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", required=True, type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, help="serve --workers N [default: serve's, one per core]")
    parser.add_argument(
        "--queries",
        type=Path,
        nargs="+",
        help="evaluation files whose queries the searches ask [default: the dev queries, both files]",
    )
    parser.add_argument("--searches-only", action="store_true", help="skip the pictures and the browser")
    args = parser.parse_args()
    config = args.config.resolve()
    from clkarchive.config import load_config

    loaded = load_config(config)
    cache = loaded.index_dir / "rendered"
    years = sorted({s.year for s in loaded.sources if s.year}, reverse=True)
    qs = queries(args.queries)
    workers = ["--workers", str(args.workers)] if args.workers else []
    count = args.workers or len(os.sched_getaffinity(0))
    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, baseline: str) -> None:
        rows.append((what, value, baseline))
        print(f"{what}: {value}   [baseline: {baseline}]", flush=True)

    process, host, port = start_server(config, *workers)
    try:
        lib = library_search(config, qs, args.rounds)
        server, total = api_search(host, port, qs, args.rounds)
        n = len(total)
        row(f"/api/search, server-side ({n} warm searches)", ms(server), f"library in-process: {ms(lib)}")
        row("/api/search, end to end, one client", ms(total), f"server-side p50 {pct(server, 50):.1f} ms")
        evaluation = [EVAL / name for name in EVAL_FILES]
        for name, query, median, worst, every in slowest(host, port, evaluation, args.rounds):
            row(
                f"slowest query of {name}, server-side ({args.rounds} runs)",
                f"{query!r}: p50 {median:.1f} ms, worst {worst:.1f} ms",
                f"all its queries: {ms(every)}",
            )
    finally:
        process.terminate()
        process.wait(timeout=30)
    many, one = concurrency(config, qs, workers, ["--workers", "1"])
    row(
        f"{CLIENTS} client processes x {SEARCHES_PER_CLIENT} searches each over loopback, {count} workers",
        many,
        f"one worker (--workers 1): {one}",
    )
    with_idle, without = idle_search(config, workers)
    row(
        f"a search on a new connection, {IDLE_CONNECTIONS:,} idle connections open, file limit "
        f"{IDLE_FILE_LIMIT:,}, {count} workers (5 searches)",
        with_idle,
        f"no idle connection: {without}",
    )
    if not args.searches_only:
        process, host, port = start_server(config, *workers)
        try:
            query, thumbs = talk_pages(host, port, years)
            pics = pictures(host, port, cache, thumbs[:30])
            row(
                "thumbnail from the render cache",
                ms(pics["cached"]),
                f"static CSS file: {ms(pics['static'])}",
            )
            scratch = Path(tempfile.mkdtemp())
            floor = in_process_renders(config, thumbs[:30], scratch)
            shutil.rmtree(scratch)
            row(
                "thumbnail, first render over HTTP (30 pages, one at a time)",
                ms(pics["first"]),
                f"the same pages drawn in-process, no worker: {ms(floor)}",
            )
            page = f"http://{host}:{port}/search?{query}"
            shutil.rmtree(cache, ignore_errors=True)
            cold = browser_load(page)
            warm = browser_load(page)
            row(
                f"results page, 10 talks x 3 thumbnails (/search?{unquote(query)}), cold render cache",
                f"{cold[0]:.0f} ms to load, {cold[1]}/{cold[2]} images",
                f"warm render cache: {warm[0]:.0f} ms, {warm[1]}/{warm[2]} images",
            )
        finally:
            process.terminate()
            process.wait(timeout=30)
    load = os.getloadavg()
    asked = ", ".join(p.name for p in args.queries) if args.queries else "both dev files"
    lines = [
        f"# Web benchmark ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
        "",
        f"Archive: {config}; {len(qs)} queries ({asked}); {os.cpu_count()} cores; load average "
        f"{load[0]:.1f} (the machine was shared: read the ratios to the baselines, not the absolute times).",
        "",
        "| measured | result | baseline in the same run |",
        "| --- | --- | --- |",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
    ]
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
