"""A damaged index, and readers while syncs publish: the index heals, readers never see a vanished
generation."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from starlette.testclient import TestClient

from clkarchive import Archive, IndexDamagedError
from clkarchive.config import load_config
from clkarchive.web import create_app
from helpers import BASE, SCALABLE, Upstream, make_pdf, run_process, sample_talks, write_config


def _truncate_biggest_segment(index_dir: Path) -> None:
    biggest = max((index_dir / "whoosh").glob("*.seg"), key=lambda p: p.stat().st_size)
    os.truncate(biggest, biggest.stat().st_size // 2)


def test_a_damaged_index_is_reported_and_the_next_sync_rebuilds_it(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit(sample_talks())
    config = write_config(tmp_path / "config.toml", upstream.url)
    assert run_process("sync", config=config).returncode == 0
    _truncate_biggest_segment(tmp_path / "index")

    search = run_process("search", "PASID", config=config)
    assert search.returncode == 1, search.stderr
    assert "the index in" in search.stderr and "is damaged" in search.stderr
    assert "run `clkarchive sync`" in search.stderr and "Traceback" not in search.stderr
    check = run_process("status", "--check", config=config)
    assert check.returncode != 0 and "is damaged" in check.stderr

    with TestClient(create_app(Archive(load_config(config))), base_url=BASE) as client:
        answer = client.get("/api/search", params={"q": "PASID"})
        assert answer.status_code == 503 and "is damaged" in answer.json()["error"]

    # Nothing changed upstream, and the summary beside the index says so: the sync must not trust it.
    healed = run_process("sync", config=config)
    assert healed.returncode == 0, healed.stderr
    assert "moved it to" in healed.stderr
    assert list((tmp_path / "index").glob("whoosh.damaged-*"))  # kept aside, never deleted
    found = run_process("search", "PASID", "--json", config=config)
    assert found.returncode == 0 and SCALABLE in found.stdout


def test_readers_never_fail_while_another_process_publishes(tmp_path):
    """Eight threads share one Archive while another process runs syncs that publish (and so remove
    the previous generation's files): every call answers from one whole generation."""
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit(sample_talks())
    config = write_config(tmp_path / "config.toml", upstream.url)
    assert run_process("sync", config=config).returncode == 0
    archive = Archive(load_config(config))
    errors: list[BaseException] = []
    calls = 0
    stop = threading.Event()

    readers: list[Callable[[], object]] = [
        lambda: archive.search("PASID 页表"),
        archive.talks,
        archive.status,
        lambda: archive.page_texts("CLK2024", SCALABLE),
    ]

    def read(n: int) -> None:
        nonlocal calls
        while not stop.is_set():
            try:
                readers[n % 4]()
            except IndexDamagedError as exc:  # would mean a reader took a vanished file for damage
                errors.append(exc)
            except Exception as exc:
                errors.append(exc)
            calls += 1

    threads = [threading.Thread(target=read, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    try:
        for n in range(6):  # each sync publishes a new generation and removes the last one's files
            upstream.commit({f"主论坛/{10 + n}-Talk {n}.pdf": make_pdf(f"talk {n} PASID")})
            done = subprocess.run(
                [sys.executable, "-m", "clkarchive", "--config", str(config), "sync", "--quiet"],
                capture_output=True,
                text=True,
            )
            assert done.returncode == 0, done.stderr
    finally:
        stop.set()
        for t in threads:
            t.join()
        archive.close()
    assert calls > 100
    assert not errors, [f"{type(e).__name__}: {e}" for e in errors[:5]]
