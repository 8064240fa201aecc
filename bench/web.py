"""Benchmark `clkarchive serve`: search latency, concurrency, pictures, and a results page in a real browser.

Run:  python bench/web.py --config PATH [--out bench/web-results.md]

PATH is a synced archive (bench/README.md says how to build the three-year
corpus archive). Each number is printed beside its baseline measured in the
same run, since the machine may be busy:
- /api/search, timed inside the server (its Server-Timing header) and end to
  end over loopback, beside the same queries through the library in-process;
- 20 concurrent clients issuing 2,000 searches over loopback (errors, p50, p95);
- a thumbnail from the render cache beside a static file, and first renders;
- the results page with 10 talks and 30 thumbnails fully loaded in headless
  chromium, with the render cache empty (cold) and full (warm).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import shutil
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


def queries() -> list[str]:
    found: list[str] = []
    for name in ("dev-queries.json", "dev-queries-hard.json"):
        path = EVAL / name
        if path.exists():
            found += [q["query"] for q in json.loads(path.read_text(encoding="utf-8"))]
    return found or FALLBACK_QUERIES


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    return f"p50 {pct(values, 50):.1f} ms, p95 {pct(values, 95):.1f} ms"


def start_server(config: Path) -> tuple[subprocess.Popen, str, int]:
    process = subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(config), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
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
    args = parser.parse_args()
    config = args.config.resolve()
    from clkarchive.config import load_config

    loaded = load_config(config)
    cache = loaded.index_dir / "rendered"
    years = sorted({s.year for s in loaded.sources if s.year}, reverse=True)
    qs = queries()
    rows: list[tuple[str, str, str]] = []

    def row(what: str, value: str, baseline: str) -> None:
        rows.append((what, value, baseline))
        print(f"{what}: {value}   [baseline: {baseline}]", flush=True)

    process, host, port = start_server(config)
    try:
        lib = library_search(config, qs, args.rounds)
        server, total = api_search(host, port, qs, args.rounds)
        n = len(total)
        row(f"/api/search, server-side ({n} warm searches)", ms(server), f"library in-process: {ms(lib)}")
        row("/api/search, end to end, one client", ms(total), f"server-side p50 {pct(server, 50):.1f} ms")
        times, errors, wall = concurrent(host, port, qs, 20, 2000)
        row(
            "20 concurrent clients x 2,000 searches over loopback",
            f"{errors} errors, {ms(times)}, {len(times) / wall:.0f} searches/s",
            f"one client: {ms(total)}",
        )
        query, thumbs = talk_pages(host, port, years)
        pics = pictures(host, port, cache, thumbs[:30])
        row("thumbnail from the render cache", ms(pics["cached"]), f"static CSS file: {ms(pics['static'])}")
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
        process.send_signal(2)
        process.wait(timeout=30)
    load = os.getloadavg()
    lines = [
        f"# Web benchmark ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
        "",
        f"Archive: {config}; {len(qs)} queries; {os.cpu_count()} cores; load average {load[0]:.1f} "
        "(the machine was shared: read the ratios to the baselines, not the absolute times).",
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
