"""Worker processes: how many run at once, and the sandbox each one works in.

Decks and pictures come from other people's repositories, and what reads them
can loop, balloon or crash on a hostile file: pdfminer.six is pure Python and
slow on big decks, PDFium and ONNX are C. So each item is handled in a process
of its own, forked from the caller (which has the readers imported already),
at most `workers` at a time, under a time limit (an alarm inside the process,
and SIGKILL from the parent if that does not end it) and a memory limit. A
failure is a value, never an exception that stops the caller; a dead process
fails only its own item.

Every command asks count() (the Archive imports this module), so the process
machinery is imported by the functions that start processes, not up here.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import resource
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeAlias, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess
    from types import FrameType

    from clkarchive.config import Config

T = TypeVar("T")

# How long past the time limit the parent waits before it kills a process whose
# alarm did not end it (stuck inside C code, say).
KILL_GRACE = 5.0
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_M_MMAP_THRESHOLD = -3  # from <malloc.h>
MMAP_THRESHOLD = 4 * 2**20  # bytes: an allocation this big gets pages of its own (see limit_process)


def count(configured: int) -> int:
    """The config's number of workers, else one per core."""
    return configured or os.cpu_count() or 1


@dataclass(frozen=True)
class Limits:
    """How many workers run at once, and what each may spend on one item."""

    workers: int
    timeout: float  # seconds
    memory_mb: int

    @classmethod
    def of(cls, config: Config) -> Limits:
        return cls(count(config.workers), config.extract_timeout, config.extract_memory_mb)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An item its worker finished: what the work returned."""

    key: str
    value: T


@dataclass(frozen=True)
class Failed:
    """An item its worker could not finish, and why, in a line for the operator."""

    key: str
    error: str


Outcome: TypeAlias = Done[T] | Failed


class TimeLimit(BaseException):
    """Raised by the alarm. A BaseException, because pdfminer's parser has
    `except Exception:` in its hot paths, which would swallow the alarm and
    let a hostile file run on for minutes."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeLimit


@contextmanager
def alarm(timeout: float) -> Iterator[None]:
    """TimeLimit inside the block once `timeout` seconds have passed, and again every second
    after that: work that catches one and carries on is stopped by the next."""
    signal.setitimer(signal.ITIMER_REAL, timeout, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def limit_process(memory_mb: int, parent: int | None = None) -> None:
    """Set up a worker process: its limits, and to die with its parent.

    parent: the pid that started it. A parent that died between the fork and
    the prctl sends no signal, so the worker checks that it is still there.
    """
    # A sync or server killed (SIGKILL, SIGTERM from a cron timeout) must not leave
    # workers holding its pipes and its lock (inherited across fork) for ever.
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    # Big buffers (a decoded poster, the detector's tensors, allocated anew at each run) from mmap,
    # handed back when freed. By default glibc raises that threshold after the first such free, and
    # later ones pile up on a heap that does not shrink: an OCR worker peaked at 568 MB over four poster
    # tiles, 453 MB with a threshold of 128 KB. But a fresh mapping is a page fault per 4 KB touched:
    # at 128 KB the recogniser's tensors (each a few hundred KB, allocated anew for every line) cost
    # four times its own work in the kernel (5.6 s against 0.8 s CPU for one tile's 15 lines). At 4 MB
    # they come from the heap, and only the detector's big ones are mapped: 0.1 s of faults a tile,
    # and 393 MB over four tiles (509 MB with glibc's default).
    libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
    # pdfminer logs every odd font descriptor; a sync's output is for the operator.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    # It also calls log.debug for every token it parses (4.6 million calls reading CLK2024): with nothing
    # under ERROR logged here, its loggers' debug returns at once instead of asking logging whether to
    # (4 % of the reading). Its modules, loaded by the parent, have their loggers already.
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if name.startswith("pdfminer") and isinstance(logger, logging.Logger):
            logger.debug = _ignore  # type: ignore[method-assign]
    signal.signal(signal.SIGALRM, _on_alarm)
    # The parent handles Ctrl-C, and takes its workers along.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A hostile file gets a MemoryError in its own process, not the machine's memory. The limit is on
    # address space, and a forked worker starts with its parent's: from a big program (the Python API
    # in an application, `serve`, pytest) a limit of memory_mb in all was spent before the first
    # allocation, and every picture failed. So a worker may grow by memory_mb beyond what it started with.
    limit = address_space() + memory_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(
        resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard)
    )


def _ignore(*args: object, **kwargs: object) -> None:
    """A logger's debug in a worker, where nothing under ERROR is logged."""


def address_space() -> int:
    """This process's virtual memory size in bytes (VmSize), what RLIMIT_AS counts."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0  # not Linux: no /proc to read, and the limit is memory_mb in all, as it was


def reason(exc: BaseException) -> str:
    """What a worker's work raised, as a failure's reason."""
    if isinstance(exc, MemoryError):
        return "ran out of memory (archive.extract_memory_mb)"
    name = type(exc).__name__
    return f"{name}: {exc}" if str(exc) else name


@dataclass(frozen=True)
class _Worker:
    """A worker process, and the parent's end of the pipe it is handed keys and answers through."""

    process: BaseProcess
    conn: Connection


@dataclass(frozen=True)
class _Running:
    worker: _Worker
    key: str
    timeout: float
    deadline: float  # when the parent kills it


NOT_STARTED = "not started: no time left"


def run(
    keys: Iterable[str],
    work: Callable[[str], T],
    limits: Limits,
    explain: Callable[[BaseException], str] = reason,
    time_left: Callable[[str], float] | None = None,
    started: Callable[[str], None] | None = None,
    *,
    reuse: bool = False,
) -> Iterator[Outcome[T]]:
    """work(key) for every key in worker processes, at most `limits.workers` at once, yielding
    outcomes as they finish.

    work runs in the worker, so what it reads (a deck's bytes) is never held by the caller. A
    process reads one key and ends, or with `reuse` goes on to the next key, until the keys run out
    or one fails: a key that fails (raises, runs out of time or memory, kills its process) still
    fails alone, and a fresh process takes the next one. Reuse is for work whose process costs more
    to start than an item costs to read: OCR's first run of its models in a process costs more than
    reading a page (a second of page faults and set-up, against half a second).
    explain words what work raised.
    time_left(key), asked as the key is about to start, can shorten its time
    limit: several keys that share one budget (the bands of one picture) stop
    when it is spent, and a key with nothing left fails unstarted (NOT_STARTED). started(key) is
    told as each key's process starts, for a progress line that names what is being read.
    """
    import multiprocessing
    from multiprocessing.connection import wait

    fork = multiprocessing.get_context("fork")
    queue = iter(keys)
    idle: list[_Worker] = []
    running: dict[Connection, _Running] = {}
    try:
        while True:
            while len(running) < limits.workers and (key := next(queue, None)) is not None:
                timeout = limits.timeout
                if time_left is not None and (left := round(time_left(key), 1)) < timeout:
                    timeout = left
                if timeout <= 0:
                    yield Failed(key, NOT_STARTED)
                    continue
                worker = idle.pop() if idle else _start(fork, work, limits, explain, reuse)
                worker.conn.send((key, timeout))
                if started is not None:
                    started(key)
                deadline = time.monotonic() + timeout + KILL_GRACE
                running[worker.conn] = _Running(worker, key, timeout, deadline)
            if not running:
                return
            nearest = min(job.deadline for job in running.values())
            ready = wait(list(running), timeout=max(0.0, nearest - time.monotonic()))
            for conn in [conn for conn in running if conn in ready]:
                job = running.pop(conn)
                outcome = _receive(job)
                if reuse and isinstance(outcome, Done):
                    idle.append(job.worker)
                else:
                    _close(job.worker)
                yield outcome
            for conn, job in list(running.items()):
                if time.monotonic() > job.deadline:
                    job.worker.process.kill()
                    del running[conn]
                    _close(job.worker)
                    yield _too_slow(job.key, job.timeout, " (killed)")
    finally:
        for job in running.values():  # the caller is ending early: take them along
            job.worker.process.kill()
            _close(job.worker)
        for worker in idle:
            _close(worker)


def _start(
    fork: Any, work: Callable[[str], T], limits: Limits, explain: Callable[[BaseException], str], reuse: bool
) -> _Worker:
    conn, child = fork.Pipe()
    process = fork.Process(target=_child, args=(child, work, limits, explain, os.getpid(), reuse))
    process.start()
    child.close()
    return _Worker(process, conn)


def _child(
    conn: Connection,
    work: Callable[[str], T],
    limits: Limits,
    explain: Callable[[BaseException], str],
    parent: int,
    reuse: bool,
) -> None:
    limit_process(limits.memory_mb, parent)
    # The sync's objects, inherited, are never garbage here: left out of this process's collections,
    # which would walk them all at each full one (and copy every page they sit on).
    gc.freeze()
    while True:
        try:
            asked = conn.recv()
        except EOFError:
            return
        if asked is None:  # no more keys
            return
        key, timeout = asked
        outcome: Outcome[T]
        try:
            with alarm(timeout):
                outcome = Done(key, work(key))
        except TimeLimit:  # the alarm, wherever it strikes: in the work, or just as it finished
            signal.setitimer(signal.ITIMER_REAL, 0)
            outcome = _too_slow(key, timeout)
        except BaseException as exc:  # anything else the work lets escape is still only this item's failure
            outcome = Failed(key, explain(exc))
        conn.send(outcome)
        if not reuse or isinstance(outcome, Failed):  # what failed may have left the process unwell
            return
        # What the item freed (its cycles too), handed back before the next: else a worker's heap keeps
        # the high-water mark of every item it read, and the next one's peak comes on top (poster tiles,
        # then a PowerPoint deck parsed whole: 774 MB, against 633 MB in a fresh process).
        gc.collect()
        ctypes.CDLL(None).malloc_trim(0)


def _too_slow(key: str, timeout: float, how: str = "") -> Failed:
    return Failed(key, f"took longer than {timeout:g} s{how}")


def _receive(job: _Running) -> Outcome[Any]:
    try:
        outcome: Outcome[Any] | None = job.worker.conn.recv()
    except (EOFError, OSError):
        outcome = None
    if outcome is None:  # the process is gone (the caller closes its pipe): its exit code tells how
        job.worker.process.join()
        code = job.worker.process.exitcode
        how = f"signal {-code}" if code and code < 0 else "no result"
        return Failed(job.key, f"the extractor process died ({how}; out of memory?)")
    return outcome


def _close(worker: _Worker) -> None:
    """Tell a worker there is nothing more (it may be gone already), and wait for its end."""
    with suppress(OSError, ValueError):
        worker.conn.send(None)
    worker.conn.close()
    worker.process.join()
