"""Worker processes under their limits: extraction workers that fail, overrun, swallow or ignore
their alarm; a page render past its time limit; memory limits as headroom; workers reused key after key.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from PIL import Image

from clkarchive.sync.extract import extract_all
from clkarchive.workers import Done, Failed, Limits, run
from helpers import make_pdf


def test_broken_files_fail_with_a_reason_and_do_not_stop_the_rest():
    good = make_pdf("fine")
    jobs = [
        ("empty.pdf", b""),
        ("not.pdf", b"hello, I am text"),
        ("truncated.pdf", good[: len(good) // 3]),
        ("locked.pdf", make_pdf("secret", password="s3cret")),
        ("good.pdf", good),
    ]
    data = dict(jobs)
    results = {r.key: r for r in extract_all(list(data), data.__getitem__, Limits(2, 30, 2048))}
    good_result, locked = results["good.pdf"], results["locked.pdf"]
    assert isinstance(good_result, Done) and good_result.value == ("fine",)
    assert isinstance(locked, Failed) and locked.error == "encrypted"
    for key in ("empty.pdf", "not.pdf", "truncated.pdf"):
        failed = results[key]
        assert isinstance(failed, Failed) and failed.error, key


def test_time_limit_stops_a_slow_file():
    # A page count big enough that extraction cannot finish in 0.2 s on any machine.
    big = make_pdf(*["lots of text on this page " * 20] * 400)
    (result,) = extract_all(["big.pdf"], {"big.pdf": big}.__getitem__, Limits(1, 0.2, 2048))
    assert isinstance(result, Failed) and result.error == "took longer than 0.2 s"


SWALLOWING_READER = """
from clkarchive.sync import extract
from clkarchive.workers import Limits

def swallows_everything(data):
    # Like pdfminer's parser, which has `except Exception:` in its hot loops.
    while True:
        try:
            sum(range(1000))
        except Exception:
            pass

extract.READERS[".pdf"] = swallows_everything  # the workers are forked: they see it
(result,) = extract.extract_all(["loop.pdf"], {"loop.pdf": b"%PDF"}.__getitem__, Limits(1, 0.3, 2048))
print(result.error)
"""


def test_time_limit_is_not_swallowed_by_a_reader_catching_exception():
    # In a subprocess with a deadline: were the alarm swallowed, this would hang, not fail.
    done = subprocess.run(
        [sys.executable, "-c", SWALLOWING_READER], capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "took longer than 0.3 s", done.stderr


BLOCKING_READER = """
import signal
from clkarchive import workers
from clkarchive.sync import extract

def deaf_to_alarms(data):
    # Stuck where no Python signal handler runs (deep in C code, say).
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    while True:
        pass

extract.READERS[".pdf"] = lambda data: deaf_to_alarms(data) if data == b"stuck" else ("fine",)
workers.KILL_GRACE = 0.5
decks = {"stuck.pdf": b"stuck", "fine.pdf": b"fine"}
for r in extract.extract_all(list(decks), decks.__getitem__, workers.Limits(2, 0.3, 2048)):
    print(r.key, r.error if isinstance(r, workers.Failed) else r.value)
"""


def test_a_process_deaf_to_its_alarm_is_killed_and_the_others_finish():
    done = subprocess.run([sys.executable, "-c", BLOCKING_READER], capture_output=True, text=True, timeout=60)
    assert sorted(done.stdout.splitlines()) == [
        "fine.pdf ('fine',)",
        "stuck.pdf took longer than 0.3 s (killed)",
    ]


def test_a_render_past_its_time_limit_is_not_marked_broken(tmp_path):
    from clkarchive.pictures.render import Page, Renderer

    deck = tmp_path / "deck.pdf"
    deck.write_bytes(make_pdf("a page that takes longer than a tenth of a millisecond to draw"))
    page = Page(deck, "ab" * 20, 1)
    hurried = Renderer(tmp_path / "cache", workers=1, timeout=0.0001, memory_mb=2048)
    try:
        assert hurried.render(page, "thumb") is False
        assert not hurried.broken(page.blob, 1)  # the machine may only have been busy
    finally:
        hurried.close()
    patient = Renderer(tmp_path / "cache", workers=1, timeout=60, memory_mb=2048)
    try:
        assert patient.render(page, "thumb") is True
        assert Image.open(patient.path(page.blob, 1, "thumb")).size[0] == 400
    finally:
        patient.close()


HEADROOM = """
import mmap
from clkarchive import workers

held = mmap.mmap(-1, 3 * 2**30)  # 3 GB of address space, never touched: a big program, as RLIMIT_AS sees it
sizes = {"small": 8, "greedy": 256}  # MB, against a limit of 64 MB beyond what the worker starts with
work = lambda key: len(bytearray(sizes[key] * 2**20))
for r in sorted(workers.run(list(sizes), work, workers.Limits(2, 30, 64)), key=lambda r: r.key):
    print(r.key, r.error if isinstance(r, workers.Failed) else r.value)
"""


def test_the_memory_limit_is_headroom_above_what_a_worker_starts_with():
    """Forked from a process holding 3 GB, a worker may still allocate, up to extract_memory_mb more."""
    done = subprocess.run([sys.executable, "-c", HEADROOM], capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == [
        "greedy ran out of memory (archive.extract_memory_mb)",
        f"small {8 * 2**20}",
    ], done.stderr


def test_reused_workers_take_key_after_key_and_a_failure_takes_its_process_along():
    def work(key: str) -> int:
        if key == "bad":
            raise ValueError("unreadable")
        return os.getpid()

    keys = ["a", "b", "c", "bad", "d", "e", "f"]
    results = {r.key: r for r in run(keys, work, Limits(1, 30, 2048), reuse=True)}
    assert results["bad"] == Failed("bad", "ValueError: unreadable")
    pids = {key: r.value for key, r in results.items() if isinstance(r, Done)}
    assert pids["a"] == pids["b"] == pids["c"] != pids["d"] == pids["e"] == pids["f"]
    alone = {r.key: r.value for r in run(["a", "b"], work, Limits(1, 30, 2048)) if isinstance(r, Done)}
    assert alone["a"] != alone["b"]  # without reuse, a process per key


def test_a_reused_worker_past_its_time_is_killed_and_the_next_key_gets_a_fresh_one():
    import time

    def work(key: str) -> int:
        if key == "stuck":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # deaf to its alarm
            time.sleep(30)
        return os.getpid()

    import clkarchive.workers as workers

    grace, workers.KILL_GRACE = workers.KILL_GRACE, 0.5
    try:
        results = {r.key: r for r in run(["a", "stuck", "b"], work, Limits(1, 1, 2048), reuse=True)}
    finally:
        workers.KILL_GRACE = grace
    assert results["stuck"] == Failed("stuck", "took longer than 1 s (killed)")
    a, b = results["a"], results["b"]
    assert isinstance(a, Done) and isinstance(b, Done) and a.value != b.value
