"""`clkarchive serve` under load and abuse, as a real program on real loopback sockets: searches
answered by several processes at once, idle and slow clients that cannot keep a search waiting, a
token kept out of the process list, and a stop (SIGTERM as systemd sends it, or Ctrl-C) that takes
every process the server started along with it.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import resource
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest

from clkarchive import Archive
from clkarchive.config import load_config
from helpers import ZHP, Upstream, blob_of, run_process, sample_talks, write_config

IDLE_CONNECTIONS = 1100  # more than the common file limit of 1,024


@dataclass
class Server:
    """A running `clkarchive serve`: its process (leader of a session of its own) and address."""

    process: subprocess.Popen[str]
    url: str
    host: str
    port: int
    log: Path

    def get(self, path: str, timeout: float = 30, **headers: str) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def workers(self) -> list[int]:
        return sorted(pid for pid, (ppid, _, _) in processes().items() if ppid == self.process.pid)


def processes() -> dict[int, tuple[int, int, int]]:
    """Every live process on the machine: (parent, process group, session) by pid, from /proc."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:  # gone meanwhile
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after the command name, which may hold anything
        if fields[0] != "Z":  # a zombie has ended already
            found[int(entry)] = (int(fields[1]), int(fields[2]), int(fields[3]))
    return found


def started_by(leader: int) -> dict[int, str]:
    """The processes of the leader's session or process group, or below it (but the leader itself),
    with their command lines: what a server started with start_new_session may have left behind."""
    table = processes()
    kin = {pid for pid, (_, group, session) in table.items() if leader in (group, session)}
    grew = True
    while grew:
        below = {pid for pid, (ppid, _, _) in table.items() if ppid in kin | {leader}}
        grew = not below <= kin
        kin |= below
    kin.discard(leader)
    return {pid: _cmdline(pid) for pid in kin}


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return "?"


def cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


@contextmanager
def serving(
    config: Path, *args: str, env: dict[str, str] | None = None, files: int | None = None
) -> Iterator[Server]:
    """`clkarchive serve --port 0 ARGS` in a session of its own; stopped, and everything it left
    killed, at the end. files: its file limit (soft and hard), as on a machine with a low one."""
    log = config.parent / f"serve-{time.monotonic_ns()}.log"
    environ = {k: v for k, v in os.environ.items() if k not in ("CLKARCHIVE_CONFIG", "CLKARCHIVE_TOKEN")}
    command = [sys.executable, "-m", "clkarchive", "--config", str(config), "serve", "--port", "0", *args]
    if files is not None:
        command = ["prlimit", f"--nofile={files}:{files}", *command]
    with log.open("w") as err:
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            env=environ | (env or {}),
            start_new_session=True,
        )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        url = process.stdout.readline().strip() if ready else ""
        assert url.startswith("http://127.0.0.1:"), (url, log.read_text())
        host, port = url[len("http://") :].split("/")[0].split(":")
        yield Server(process, url, host, int(port), log)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for pid in started_by(process.pid):
            _kill(pid)


def _kill(pid: int) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample conference synced once for the module."""
    tmp = tmp_path_factory.mktemp("serve")
    upstream = Upstream(tmp / "upstream")
    upstream.commit(sample_talks())
    path = write_config(tmp / "config.toml", upstream.url)
    synced = run_process("sync", "--quiet", config=path)
    assert synced.returncode == 0, synced.stderr
    return path


class KeepAlive:
    """A minimal HTTP/1.1 client on one keep-alive connection: a request is one send, an answer is
    read by its Content-Length. http.client parses headers with the email package, and 20 of them in
    one interpreter would measure the client's share of its lock as much as the server."""

    def __init__(self, server: Server) -> None:
        self.sock = socket.create_connection((server.host, server.port), timeout=30)
        self.buffer = b""

    def get(self, path: str) -> int:
        self.sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
        while b"\r\n\r\n" not in self.buffer:
            self.read()
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        length = re.search(rb"(?im)^content-length: *(\d+)", head)
        assert length is not None, head
        while len(self.buffer) < int(length[1]):
            self.read()
        self.buffer = self.buffer[int(length[1]) :]
        return int(head.split(b" ", 2)[1])

    def read(self) -> None:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise ConnectionError("the server closed the connection")
        self.buffer += chunk

    def close(self) -> None:
        self.sock.close()


def many_searches(server: Server, queries: list[str], clients: int, each: int) -> tuple[list[float], int]:
    """`clients` threads, each sending `each` searches over keep-alive connections (a new connection
    every 10 searches, as browsers come and go): each search's time in ms, and how many were not 200."""
    times: list[float] = []
    failed = [0]
    lock = threading.Lock()
    paths = ["/api/search?" + urlencode({"q": q}) for q in queries]

    def client(n: int) -> None:
        conn: KeepAlive | None = None
        for i in range(each):
            started = time.perf_counter()
            try:
                if conn is None or i % 10 == 0:
                    if conn is not None:
                        conn.close()
                    conn = KeepAlive(server)
                ok = conn.get(paths[(n + i) % len(paths)]) == 200
            except OSError:
                ok = False
                if conn is not None:
                    conn.close()
                conn = None
            took = (time.perf_counter() - started) * 1000
            with lock:
                times.append(took)
                failed[0] += not ok
        if conn is not None:
            conn.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return times, failed[0]


# -- 1. searches served in parallel -------------------------------------------------------------------


def test_searches_are_served_in_parallel(config):
    with serving(config, "--workers", "2") as server:
        workers = server.workers()
        assert len(workers) == 2, started_by(server.process.pid)
        before = {pid: cpu_ticks(pid) for pid in workers}
        times, failed = many_searches(server, ["zram", "IOMMU", "folios", "压缩", "PASID"], 20, 100)
        assert failed == 0 and len(times) == 2000
        # How fast (the p95 <= 100 ms for 20 clients) is bench/web.py's to measure on an idle
        # machine: a timed assertion failed whenever other tests shared the two cores.
        # Both processes answered: a search on one does not wait for the other's interpreter.
        assert all(cpu_ticks(pid) > before[pid] for pid in workers), before
        assert server.workers() == workers  # none died or was restarted meanwhile
    # The URL was announced once, whatever the number of processes.
    assert server.process.stdout is not None and server.process.stdout.read() == ""
    assert "Traceback" not in server.log.read_text()


def test_a_worker_that_dies_is_replaced(config):
    with serving(config, "--workers", "2") as server:
        first, second = server.workers()
        os.kill(first, signal.SIGKILL)
        deadline = time.monotonic() + 15
        while len(workers := server.workers()) != 2 or first in workers:
            assert time.monotonic() < deadline, workers
            assert server.get("/api/search?q=zram")[0] == 200  # the other one answers meanwhile
            time.sleep(0.2)
        assert len(workers) == 2 and first not in workers and second in workers
        for _ in range(20):
            assert server.get("/api/search?q=zram")[0] == 200


# -- 2. idle and slow clients -------------------------------------------------------------------------


def idle_connections(host: str, port: int, count: int, stack: ExitStack) -> list[socket.socket]:
    """count connections that never send a byte, opened without waiting on each; closed with the stack."""
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < count + 100:
        pytest.skip(f"this test needs {count + 100} open files; the hard limit is {hard}")
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < count + 100:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1000), hard))
        stack.callback(resource.setrlimit, resource.RLIMIT_NOFILE, (soft, hard))
    idle = []
    for _ in range(count):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        stack.callback(sock.close)
        sock.setblocking(False)
        sock.connect_ex((host, port))
        idle.append(sock)
    # Most are accepted or waiting in the listen queue within a moment; don't wait on the rest.
    deadline = time.monotonic() + 5
    poll = select.poll()
    pending = {sock.fileno(): sock for sock in idle}
    for fd in pending:
        poll.register(fd, select.POLLOUT)
    while pending and time.monotonic() < deadline:
        for fd, _ in poll.poll(500):
            poll.unregister(fd)
            del pending[fd]
    return idle


def timed_search(server: Server, limit: float) -> tuple[float, int | str]:
    """How long a search on a fresh connection took (up to limit + 4 s), and its status or what failed."""
    started = time.monotonic()
    try:
        status, body = server.get("/api/search?q=zram", timeout=limit + 4)
        outcome: int | str = status if json.loads(body)["results"] else "no results"
    except OSError as exc:
        outcome = repr(exc)
    return time.monotonic() - started, outcome


@pytest.mark.parametrize("args", [(), ("--workers", "1")], ids=["default", "one worker"])
def test_idle_connections_do_not_keep_a_search_waiting(config, args):
    """1,100 connections that send nothing, to a server whose file limit is 1,024: a search on a new
    connection still answers within a second (it used to get no answer in 15 s). With one worker, that
    worker holds them all."""
    with serving(config, *args, files=1024) as server, ExitStack() as stack:
        idle_connections(server.host, server.port, IDLE_CONNECTIONS, stack)
        for _ in range(3):
            took, outcome = timed_search(server, 1.0)
            assert outcome == 200 and took <= 1.0, (took, outcome, server.log.read_text()[-2000:])
        stack.close()
        assert server.get("/api/search?q=zram")[0] == 200


def test_a_client_that_never_finishes_its_headers_is_let_go(config):
    """One connection that sends nothing, one that drips a header byte at a time: both are closed by
    the server once the time for a request's headers has passed, and neither ever gets an answer."""
    with serving(config) as server:
        silent = socket.create_connection((server.host, server.port), timeout=30)
        drip = socket.create_connection((server.host, server.port), timeout=30)
        started = time.monotonic()
        try:
            drip.sendall(b"GET /api/search?q=zram HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            drip.setblocking(False)
            closed: dict[str, float] = {}
            while len(closed) < 2 and time.monotonic() - started < 30:
                if "drip" not in closed:
                    try:
                        drip.send(b"X")
                    except OSError:
                        closed["drip"] = time.monotonic() - started
                for name, sock in (("silent", silent), ("drip", drip)):
                    if name not in closed and select.select([sock], [], [], 0)[0]:
                        try:
                            got = sock.recv(4096)
                        except OSError:
                            got = b""
                        assert not got.startswith(b"HTTP/1.1 200"), got[:200]
                        closed[name] = time.monotonic() - started
                time.sleep(0.5)
        finally:
            silent.close()
            drip.close()
        assert set(closed) == {"silent", "drip"}, closed
        assert max(closed.values()) < 20, closed


# -- 3. the token -------------------------------------------------------------------------------------

TOKEN = "s3cret-Token_for.tests~1"


@pytest.mark.parametrize("given", ["environment", "file"])
def test_the_token_can_come_from_a_file_or_the_environment(config, tmp_path, given):
    token_file = tmp_path / "token"
    token_file.write_text(f"  {TOKEN}  \nsecond line is ignored\n", encoding="utf-8")
    token_file.chmod(0o600)
    if given == "file":
        args, env = ["--token-file", str(token_file)], {}
    else:
        args, env = [], {"CLKARCHIVE_TOKEN": TOKEN}
    with serving(config, *args, env=env) as server:
        assert server.url == f"http://{server.host}:{server.port}/?{urlencode({'token': TOKEN})}"
        assert server.get("/api/search?q=zram")[0] == 403
        assert server.get("/api/search?" + urlencode({"q": "zram", "token": TOKEN + "x"}))[0] == 403
        assert server.get("/api/search?" + urlencode({"q": "zram", "token": TOKEN}))[0] == 200
        assert server.get("/api/search?q=zram", Cookie=f"clkarchive_token={TOKEN}")[0] == 200
        # Not in any process's command line, which every local user can read.
        for pid in [server.process.pid, *started_by(server.process.pid)]:
            assert TOKEN not in _cmdline(pid)
    assert TOKEN not in server.log.read_text()


def test_the_token_option_wins_over_the_environment(config):
    with serving(config, "--token", "from-the-option", env={"CLKARCHIVE_TOKEN": TOKEN}) as server:
        assert server.url.endswith("?token=from-the-option")


@pytest.mark.parametrize(
    "case",
    [
        "missing file",
        "empty file",
        "blank first line",
        "a folder",
        "both options",
        "a space in it",
        "not ascii",
        "empty option",
    ],
)
def test_a_bad_token_is_one_line_and_exit_2(config, tmp_path, case):
    token_file = tmp_path / "token"
    args: list[str] = ["--token-file", str(token_file)]
    env: dict[str, str] = {}
    if case == "empty file":
        token_file.write_text("", encoding="utf-8")
    elif case == "blank first line":
        token_file.write_text("   \nsecret-on-the-second-line\n", encoding="utf-8")
    elif case == "a folder":
        token_file.mkdir()
    elif case == "both options":
        token_file.write_text("secret\n", encoding="utf-8")
        args += ["--token", "other"]
    elif case == "a space in it":
        args = ["--token", "two words"]
    elif case == "not ascii":
        args = []
        env = {"CLKARCHIVE_TOKEN": "令牌"}
    elif case == "empty option":
        args = ["--token", ""]
    result = run_process("serve", "--port", "0", *args, config=config, env=env, timeout=60)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith("clkarchive: "), result.stderr
    assert "secret-on-the-second-line" not in result.stderr


# -- 4. stopping cleanly ------------------------------------------------------------------------------


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stopped_server_leaves_no_process_behind(config, how):
    archive = Archive(load_config(config))
    blob = blob_of(archive, ZHP)
    shutil.rmtree(archive.config.index_dir / "rendered", ignore_errors=True)  # so the pool must start
    with serving(config) as server:
        status, picture = server.get(f"/img/{blob}/1/thumb.webp", timeout=120)
        assert status == 200 and picture[8:12] == b"WEBP"  # drawn by the render pool, now running
        leader = server.process.pid
        workers = set(server.workers())
        started = started_by(leader)
        assert set(started) - workers, started  # the pool, its fork server, the resource tracker
        server.process.send_signal(how)
        server.process.wait(timeout=20)
        deadline = time.monotonic() + 5
        while (left := started_by(leader)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert left == {}, left
        # And none of those that ran before the stop lives on elsewhere (re-parented to init).
        assert not set(started) & set(processes()), {p: _cmdline(p) for p in set(started) & set(processes())}
    assert server.process.returncode in (0, 130, -how), server.process.returncode
    log = server.log.read_text()
    # Not even the resource tracker's warning about semaphores left to it by a process that died.
    assert "Traceback" not in log and "leaked" not in log, log


def test_a_stop_does_not_wait_for_ended_helpers_that_init_has_not_reaped():
    """A worker's helpers (its render pool's fork server, the resource tracker) end at the stop, but
    stay zombies until init reaps them, which in a container (a minimal init, or the server itself as
    PID 1) takes seconds or never happens: an ended process is no reason to wait. Here the zombie is a
    child of this test, which reaps it only afterwards; without the fix the stop waited for all its
    grace (2 s at every stop of `clkarchive serve` on the test machine)."""
    from clkarchive.web.app import _Supervisor

    leader = subprocess.Popen(["sleep", "600"], process_group=0)  # a worker: leads a group of its own
    helper = subprocess.Popen(["true"], process_group=leader.pid)  # one of its helpers
    try:
        deadline = time.monotonic() + 60
        while processes().get(helper.pid) and time.monotonic() < deadline:  # a zombie is not listed
            time.sleep(0.05)
        leader.kill()
        leader.wait()  # the worker has ended: only its helper, a zombie now, is left in its group
        supervisor = _Supervisor(lambda ready: None, 1)
        supervisor.groups = {leader.pid}
        stopping = threading.Thread(target=supervisor.kill_groups, args=(600,), daemon=True)
        stopping.start()
        stopping.join(60)
        assert not stopping.is_alive() and supervisor.groups == set()
    finally:
        leader.kill()
        helper.wait()
