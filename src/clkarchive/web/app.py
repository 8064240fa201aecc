"""`clkarchive serve`: a local web interface that shows the slides themselves.

Starlette answers, Jinja2 writes the pages (autoescaped: every title, speaker,
slide text and query is data, never markup), uvicorn serves. views.py has the
routes, guard.py decides who may ask.

A search is pure Python and CPU-bound, so threads of one process take turns on
its interpreter lock. The server is therefore pre-forked: a supervisor binds the
socket once and forks worker processes that all accept on it, each running
uvicorn over an Archive of its own (warm, and seeing a sync's new index as soon
as it is published). The supervisor restarts a worker that dies and, on SIGTERM,
SIGINT or SIGHUP, stops every worker and then whatever each started (the render
pool, its fork server, multiprocessing's resource tracker): each worker leads a
process group of its own, so nothing it started outlives the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import multiprocessing
import os
import resource
import signal
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from clkarchive.archive import Archive
from clkarchive.config import Config
from clkarchive.errors import ClkError, IndexDamagedError, NotSyncedError, UsageError
from clkarchive.web.guard import LOOPBACK_NAMES, Guard, Settings, check_settings
from clkarchive.web.views import HERE, Web

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from types import FrameType

    from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("clkarchive")


def create_app(archive: Archive, settings: Settings | None = None) -> Starlette:
    """The web application over an archive; see the module docstring."""
    settings = settings or Settings()
    web = Web(archive, workers=archive.workers())
    path = "{source}/{path:path}"
    routes = [
        Route("/", web.home),
        Route("/search", web.search),
        Route(f"/talk/{path}", web.talk),
        Route(f"/slide/{path}", web.slide),
        Route(f"/file/{path}", web.file),
        Route("/img/{blob}/{page}/{size}.webp", web.image),
        Route(f"/agenda/{path}", web.agenda),
        Route("/row/{size}/" + path, web.row),
        Route("/schedule", web.schedule),
        Route("/schedule/{year}", web.schedule),
        Route("/status", web.status),
        Route("/speaker/{name:path}", web.speaker),
        Route("/feed.xml", web.feed),
        Route("/api/search", web.api_search),
        Route("/api/talks", web.api_talks),
        Route(f"/api/talks/{path}", web.api_talk),
        Route("/api/status", web.api_status),
        Route("/api/speakers", web.api_speakers),
        Route("/api/speakers/{name:path}", web.api_speaker),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = ["*"] if settings.token else sorted(LOOPBACK_NAMES | {settings.host, f"[{settings.host}]"})
    middleware = [
        Middleware(Guard, token=settings.token),
        # A loopback server answers only to loopback names: a web page cannot rebind a DNS name to it.
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        archive.close()  # the render workers go with the server

    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: _error_page, ClkError: _clk_error},
        lifespan=lifespan,
    )
    return app


async def _error_page(request: Request, exc: Exception) -> Response:
    code = exc.status_code if isinstance(exc, HTTPException) else 500
    return Response(f"{code}\n", code, media_type="text/plain; charset=utf-8")


async def _clk_error(request: Request, exc: Exception) -> Response:
    """What the CLI would print as one line (no index yet, say), as the answer: never a traceback."""
    code = 503 if isinstance(exc, NotSyncedError | IndexDamagedError) else 400
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, code)
    return Response(f"clkarchive: {exc}\n", code, media_type="text/plain; charset=utf-8")


# How each worker treats connections. Idle ones cost a file each, and a server out of files answers
# nobody, so they are bounded in time and in number.
HEADER_TIMEOUT = 10.0  # seconds for a whole request head, from the connection's start or its last answer
KEEP_ALIVE = 5  # seconds an idle keep-alive connection is kept
ACCEPT_BATCH = 64  # connections a worker accepts at one wake-up, before any is counted against its cap
LISTEN_BACKLOG = 2048  # connections the kernel queues for the workers (at most net.core.somaxconn)
FILES_RESERVED = 256  # a worker's files besides connections: its threads' index snapshots, render pipes
# Threads of a worker that read the index at once (renders are waited for on others). Searches hold
# the interpreter lock, so more threads only take turns on it: with 16, 20 clients' p95 was ~130 ms,
# with 4 ~110 ms on the same loaded machine; each also holds an index snapshot's files.
THREADS = 4
MAX_CONNECTIONS = 4096  # per worker, whatever the file limit
# How the supervisor stops and restarts workers.
GRACEFUL = 3  # seconds a stopping worker lets answers in flight finish
STOP_GRACE = 8.0  # seconds a worker has to stop, and stop what it started, before it is killed
GROUP_GRACE = 2.0  # seconds the helpers of a worker that has exited have to go, before they are killed
RESTART_PAUSE = 1.0  # seconds between two starts of a worker, so a worker that cannot start does not spin
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def serve(
    archive: Archive,
    settings: Settings,
    announce: Callable[[str], None],
    open_browser: bool,
    workers: int | None = None,
) -> None:
    """Listen, fork `workers` server processes (default: one per core), announce the URL once they all
    answer, and serve until SIGTERM, SIGINT (Ctrl-C, then KeyboardInterrupt) or SIGHUP."""
    import uvicorn  # noqa: F401  # loaded once here, shared by every worker forked from this process

    check_settings(settings)
    count = workers or len(os.sched_getaffinity(0))
    sock, url = _listen(settings)
    try:
        # Each worker draws with its share of the render workers, so that the server as a whole
        # still draws at most archive.workers pages at once.
        config = replace(archive.config, workers=max(1, archive.workers() // count))
        cap = connection_cap(_raise_file_limit())
        work = functools.partial(_work, config, settings, sock, cap, os.getpid())

        def ready() -> None:
            announce(url)
            if open_browser:
                import webbrowser

                threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()

        stopped_by = _Supervisor(work, count).run(ready)
    finally:
        sock.close()
        archive.close()
    if stopped_by == signal.SIGINT:
        raise KeyboardInterrupt


def _listen(settings: Settings) -> tuple[socket.socket, str]:
    """The listening socket, bound once for every worker, and the URL to announce."""
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every keep-alive answer waits ~40 ms for a delayed ACK (Nagle's algorithm).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((settings.host, settings.port))
        sock.listen(LISTEN_BACKLOG)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from None
    port = sock.getsockname()[1]
    shown = f"[{settings.host}]" if family == socket.AF_INET6 else settings.host
    url = f"http://{shown}:{port}/" + (f"?{urlencode({'token': settings.token})}" if settings.token else "")
    return sock, url


def _raise_file_limit() -> int:
    """Raise the soft limit on open files to the hard one, and return the limit now in force.

    The soft limit is often 1,024 for programs that use select(), which this server does not: each
    connection is a file, and a server out of files accepts nobody.
    """
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 2**20
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return wanted
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    except (ValueError, OSError):  # above the kernel's nr_open: keep what we have
        return soft
    return wanted


def connection_cap(files: int) -> int:
    """How many connections one worker keeps open with this file limit: below it by the files a worker
    needs besides connections, and by one batch of accepts, so an accept never fails for want of a file."""
    return max(16, min(MAX_CONNECTIONS, files - FILES_RESERVED - ACCEPT_BATCH))


def connection_class(cap: int) -> type[H11Protocol]:
    """uvicorn's HTTP/1.1 connection, bounded: a request head must arrive within HEADER_TIMEOUT of the
    connection's start (or of its last answer), dripped bytes or not; and past `cap` connections a new
    one closes the connection that has waited longest without a request in flight, so idle clients,
    however many, never keep a search from being accepted and answered."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    idle: OrderedDict[H11Protocol, None] = OrderedDict()  # no request in flight; longest waiting first
    closing: set[H11Protocol] = set()  # let go, not yet gone from uvicorn's connections

    class Connection(H11Protocol):
        head_timer: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)  # type: ignore[arg-type]  # an asyncio.Transport in fact
            excess = len(self.connections) - len(closing) - cap
            while excess > 0 and idle:
                oldest, _ = idle.popitem(last=False)
                assert isinstance(oldest, Connection)
                oldest.let_go()
                excess -= 1
            self.waiting()

        def handle_events(self) -> None:
            cycle = self.cycle
            super().handle_events()
            if self.cycle is not cycle:  # a request's head has arrived: it is being answered
                idle.pop(self, None)
                self.stop_timer()

        def on_response_complete(self) -> None:
            self.waiting()  # first: a pipelined request, handled inside, is then in flight again
            super().on_response_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            super().connection_lost(exc)
            idle.pop(self, None)
            closing.discard(self)
            self.stop_timer()

        def waiting(self) -> None:
            """Waiting for a request head: the connection may be let go, and has HEADER_TIMEOUT."""
            if self.transport.is_closing():
                return
            idle[self] = None
            idle.move_to_end(self)
            self.stop_timer()
            self.head_timer = self.loop.call_later(HEADER_TIMEOUT, self.too_slow)

        def too_slow(self) -> None:
            if self.cycle is None or self.cycle.response_complete:  # else answering: not idle
                idle.pop(self, None)
                self.let_go()

        def let_go(self) -> None:
            self.stop_timer()
            if not self.transport.is_closing():
                closing.add(self)
                self.transport.close()

        def stop_timer(self) -> None:
            if self.head_timer is not None:
                self.head_timer.cancel()
                self.head_timer = None

    return Connection


def _work(
    config: Config, settings: Settings, sock: socket.socket, cap: int, supervisor: int, ready: int
) -> None:
    """A worker process: uvicorn on the shared socket, over an Archive of its own, until SIGTERM.

    It leads a process group of its own, so the supervisor can take along whatever it started; and
    it gets SIGTERM when the supervisor dies, even by SIGKILL. It returns (rather than dying by the
    signal, as uvicorn would have it), so that multiprocessing's exit shuts the render pool down and
    unlinks its semaphores before the process ends.
    """
    import anyio.to_thread
    import uvicorn

    stop: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Before uvicorn takes them, and after: uvicorn raises the signal again once stopped.
        signal.signal(sig, lambda signum, frame: stop.append(signum))
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # the supervisor decides
    signal.set_wakeup_fd(-1)  # the supervisor's
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # blocked by the supervisor around the fork
    os.setpgid(0, 0)
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != supervisor or stop:  # the supervisor died, or said stop, before the line above
        return

    class Worker(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if not self.started:
                return
            # asyncio listens with its backlog, which is also how many it accepts at one wake-up
            # (ACCEPT_BATCH, for the file budget): the kernel's queue is made long again.
            sock.listen(LISTEN_BACKLOG)
            anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
            # Before it says it answers: the first search of a process loads the search side (~0.1 s),
            # the first of each thread opens its snapshot (~35 ms on three years).
            await asyncio.gather(*(anyio.to_thread.run_sync(_warm, archive) for _ in range(THREADS)))
            os.write(ready, b".")
            self.should_exit = self.should_exit or bool(stop)

    archive = Archive(config)
    try:
        app = create_app(archive, settings)
        uvicorn_config = uvicorn.Config(
            app,
            http=connection_class(cap),
            ws="none",
            lifespan="on",
            log_level="warning",
            access_log=False,
            proxy_headers=False,  # no proxy in front: X-Forwarded-For would only be a client's claim
            backlog=ACCEPT_BATCH,
            timeout_keep_alive=KEEP_ALIVE,
            limit_concurrency=cap + 1,  # every connection busy: 503 at once, rather than a wait
            timeout_graceful_shutdown=GRACEFUL,
        )
        Worker(uvicorn_config).run(sockets=[sock])
    finally:
        archive.close()


def _warm(archive: Archive) -> None:
    with contextlib.suppress(Exception):  # no index yet, say: the first request will say so
        archive.search("kernel", limit=1, pages=1)
        archive.speakers()  # the speaker directory, which every search asks whether it names someone


@dataclass
class _Running:
    process: BaseProcess
    pid: int  # also the process group it leads
    started: float


class _Supervisor:
    """Keeps `count` workers running until a stop signal, then stops them and all they started."""

    def __init__(self, work: Callable[[int], None], count: int) -> None:
        self.work = work
        self.count = count
        self.fork = multiprocessing.get_context("fork")
        self.running: dict[int, _Running] = {}  # by the sentinel that becomes readable when it ends
        self.groups: set[int] = set()  # process groups of workers that have ended
        self.stopped_by: int | None = None
        self.forced = False  # a second stop signal: kill at once

    def run(self, ready: Callable[[], None]) -> int | None:
        """Serve until a stop signal; which one stopped it."""
        from multiprocessing.connection import wait

        wake_r, wake_w = os.pipe()
        ready_r, self.ready_w = os.pipe()
        for fd in (wake_r, wake_w, ready_r):
            os.set_blocking(fd, False)
        previous_wakeup = signal.set_wakeup_fd(wake_w)
        previous = {sig: signal.signal(sig, self.on_signal) for sig in STOP_SIGNALS}
        answering = 0
        try:
            for _ in range(self.count):
                self.start()
            restart_at: list[float] = []
            while self.stopped_by is None:
                timeout = max(0.0, min(restart_at) - time.monotonic()) if restart_at else None
                woken = wait([wake_r, ready_r, *self.running], timeout)
                if wake_r in woken:
                    _drain(wake_r)
                if ready_r in woken:
                    before, answering = answering, answering + len(_drain(ready_r))
                    if before < self.count <= answering:
                        ready()
                for sentinel in [s for s in self.running if s in woken]:
                    ended = self.running.pop(sentinel)
                    ended.process.join()
                    self.groups.add(ended.pid)
                    if answering < self.count:
                        raise ClkError(f"a server process could not start ({_how(ended.process)})")
                    if self.stopped_by is None:
                        log.warning(f"a server process ended ({_how(ended.process)}); starting another")
                        restart_at.append(ended.started + RESTART_PAUSE)
                if self.groups:
                    self.kill_groups(GROUP_GRACE)
                while restart_at and min(restart_at) <= time.monotonic() and self.stopped_by is None:
                    restart_at.remove(min(restart_at))
                    self.start()
        finally:
            self.stop(wake_r)
            signal.set_wakeup_fd(previous_wakeup)
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            for fd in (wake_r, wake_w, ready_r, self.ready_w):
                os.close(fd)
        return self.stopped_by

    def on_signal(self, signum: int, frame: FrameType | None) -> None:
        if self.stopped_by is None:
            self.stopped_by = signum
        else:
            self.forced = True

    def start(self) -> None:
        # Stop signals wait until the new worker has handlers of its own (see _work).
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            process = self.fork.Process(target=self.work, args=(self.ready_w,), name="clkarchive-serve")
            process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        assert process.pid is not None  # started
        self.running[process.sentinel] = _Running(process, process.pid, time.monotonic())

    def stop(self, wake_r: int) -> None:
        """SIGTERM to every worker, SIGKILL to those not gone within STOP_GRACE (or at a second
        signal); then the same for whatever they started."""
        from multiprocessing.connection import wait

        for running in self.running.values():
            _signal(running.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE
        while self.running and not self.forced and (left := deadline - time.monotonic()) > 0:
            woken = wait([wake_r, *self.running], left)
            if wake_r in woken:
                _drain(wake_r)
            for sentinel in [s for s in self.running if s in woken]:
                ended = self.running.pop(sentinel)
                ended.process.join()
                self.groups.add(ended.pid)
        for running in self.running.values():
            running.process.kill()
            self.groups.add(running.pid)
        for running in self.running.values():
            running.process.join()
        self.running.clear()
        self.kill_groups(0 if self.forced else GROUP_GRACE)

    def kill_groups(self, grace: float) -> None:
        """Whatever ended workers started: SIGTERM (which the resource tracker ignores: it goes once
        nothing holds its pipe, unlinking what was left), `grace` seconds to go, then SIGKILL."""
        self.groups = {g for g in self.groups if g > 0 and _signal(-g, signal.SIGTERM)}
        deadline = time.monotonic() + grace
        while self.groups and time.monotonic() < deadline:
            time.sleep(0.05)
            self.groups = {g for g in self.groups if _signal(-g, 0) and _running(g)}
        for group in self.groups:
            _signal(-group, signal.SIGKILL)
        self.groups.clear()


def _signal(pid: int, sig: int) -> bool:
    """Send a signal to a process (a process group when negative); whether there was one to send it to."""
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return False
    return True


def _running(group: int) -> bool:
    """Whether a process of the group has not ended. A zombie has: it only waits for init to reap it,
    which in a container (a minimal init, or none) can take seconds, or never happen."""
    try:
        pids = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:  # no /proc: a process the group signal reaches counts as running
        return True
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()  # after the name, which may hold anything
        except OSError:  # gone meanwhile
            continue
        if fields[0] != b"Z" and int(fields[2]) == group:
            return True
    return False


def _drain(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except BlockingIOError:
        return b""


def _how(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit status {code}"
