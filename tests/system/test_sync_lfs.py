"""Git LFS against servers that misbehave: endless, dripping, silent, huge or malformed replies, redirects.

The servers are real HTTP servers on 127.0.0.1, written here to misbehave in
one way each; the real CLK2025 history and its LFS server (corpus tests) show
the ordinary case.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pygit2
import pytest

from clkarchive.sync import lfs
from helpers import Upstream, make_pdf, run_process

CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


def pointer_of(data: bytes, size: int | None = None) -> tuple[lfs.Pointer, bytes]:
    oid = hashlib.sha256(data).hexdigest()
    size = len(data) if size is None else size
    text = f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize {size}\n".encode()
    return lfs.Pointer(oid, size), text


class Server:
    """A loopback LFS server; `batch` and `get` decide what it answers, so a test can make it hostile."""

    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.requests: list[str] = []
        self.stop = threading.Event()
        self.batch: Callable[[BaseHTTPRequestHandler, dict], None] = self.good_batch
        self.get: Callable[[BaseHTTPRequestHandler], None] = self.good_get
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                server.requests.append("POST " + self.path)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.batch(self, body)

            def do_GET(self) -> None:
                server.requests.append("GET " + self.path)
                server.get(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *args: None  # type: ignore[method-assign]  # a client hung up: meant
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def store(self, data: bytes) -> bytes:
        self.objects[hashlib.sha256(data).hexdigest()] = data
        return pointer_of(data)[1]

    @staticmethod
    def send(h: BaseHTTPRequestHandler, body: bytes, status: int = 200, **headers: str) -> None:
        h.send_response(status)
        h.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(body)

    def good_batch(self, h: BaseHTTPRequestHandler, body: dict) -> None:
        answers = []
        for obj in body["objects"]:
            if obj["oid"] in self.objects:
                href = f"{self.url}/objects/{obj['oid']}"
                answers.append({**obj, "actions": {"download": {"href": href}}})
            else:
                answers.append({**obj, "error": {"code": 404, "message": "Object does not exist"}})
        self.send(h, json.dumps({"objects": answers}).encode())

    def good_get(self, h: BaseHTTPRequestHandler) -> None:
        oid = h.path.rsplit("/", 1)[1]
        self.send(h, self.objects[oid]) if oid in self.objects else self.send(h, b"", 404)

    def endless(self, h: BaseHTTPRequestHandler) -> None:
        """Bytes without end (stopping at 600 MB, so that a sync that keeps them all still ends)."""
        h.send_response(200)
        h.end_headers()
        chunk = b"\0" * 2**20
        for _ in range(600):
            if self.stop.is_set():
                return
            h.wfile.write(chunk)

    def drip(self, h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(10**6))
        h.end_headers()
        while not self.stop.wait(0.2):
            h.wfile.write(b"x")
            h.wfile.flush()

    def silent(self, h: BaseHTTPRequestHandler, body: dict | None = None) -> None:
        self.stop.wait(120)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


def store(tmp_path: Path, server: Server, timeout: float = 1.0) -> lfs.LfsStore:
    return lfs.LfsStore(server.url, tmp_path / "lfs" / "objects", timeout=timeout)


def test_a_good_server_fills_the_cache_in_one_batch_request(tmp_path, server):
    decks = [make_pdf(f"deck {n}") for n in range(6)]
    pointers = [lfs.pointer(server.store(d)) for d in decks]
    assert all(pointers)
    cache = store(tmp_path, server)
    assert cache.fetch([p for p in pointers if p]) == {}
    assert [r.split()[0] for r in server.requests].count("POST") == 1
    assert all(cache.path(p).read_bytes() == d for p, d in zip(pointers, decks, strict=True) if p)
    server.requests.clear()
    assert cache.fetch([p for p in pointers if p]) == {} and server.requests == []  # cached: no request


MALFORMED = {
    "a list": b"[1, 2, 3]",
    "error as a string": b'{"objects": [{"oid": "OID", "error": "nope"}]}',
    "objects not a list": b'{"objects": "nope"}',
    "object not a dict": b'{"objects": [1, 2, 3]}',
    "actions not a dict": b'{"objects": [{"oid": "OID", "actions": [1]}]}',
    "href not a string": b'{"objects": [{"oid": "OID", "actions": {"download": {"href": 5}}}]}',
    "href to a file": b'{"objects": [{"oid": "OID", "actions": {"download": {"href": "file:///etc/passwd"}}}]}',
    "headers not strings": (
        b'{"objects": [{"oid": "OID", "actions": {"download": {"href": "http://x", "header": {"a": 1}}}}]}'
    ),
    "not JSON": b"<html>oops</html>",
    "not UTF-8": b'{"objects": "\xff\xfe"}',
    "an empty reply": b"",
}


@pytest.mark.parametrize("name", MALFORMED)
def test_a_malformed_batch_reply_is_the_decks_failure_not_a_crash(tmp_path, server, name):
    ptr, _ = pointer_of(b"deck")
    body = MALFORMED[name].replace(b"OID", ptr.oid.encode())
    server.batch = lambda h, _body: server.send(h, body)
    reasons = store(tmp_path, server).fetch([ptr])
    assert list(reasons) == [ptr.oid] and reasons[ptr.oid].startswith("LFS ")


def test_a_huge_batch_reply_is_refused_early(tmp_path, server):
    ptr, _ = pointer_of(b"deck")

    def huge(h: BaseHTTPRequestHandler, body: dict) -> None:
        h.send_response(200)
        h.end_headers()
        h.wfile.write(b'{"objects": [' + b'{"oid": "x"},' * 10**6)  # 13 MB and counting

    server.batch = huge
    (reason,) = store(tmp_path, server).fetch([ptr]).values()
    assert "batch reply over 80 KiB: refused" in reason


def test_redirect_loops_are_a_failure(tmp_path, server):
    ptr, _ = pointer_of(b"deck")
    server.batch = lambda h, _b: server.send(h, b"", 307, Location=f"{server.url}/objects/batch")
    (reason,) = store(tmp_path, server).fetch([ptr]).values()
    assert "redirects" in reason
    server.batch = server.good_batch
    server.objects[ptr.oid] = b"deck"
    server.get = lambda h: server.send(h, b"", 302, Location=f"{server.url}{h.path}")
    (reason,) = store(tmp_path, server).fetch([ptr]).values()
    assert "redirects" in reason


def test_more_bytes_than_the_pointer_says_are_cut_off(tmp_path, server):
    ptr, _ = pointer_of(b"small deck")
    server.objects[ptr.oid] = b"x"
    server.get = server.endless
    cache = store(tmp_path, server)
    (reason,) = cache.fetch([ptr]).values()
    assert reason == f"LFS object {ptr.oid[:12]} is bigger than its pointer says: refused"
    assert not cache.has(ptr) and list((cache.cache.parent / "tmp").iterdir()) == []  # no partial file kept


def test_a_dripping_server_is_given_up_at_the_objects_deadline(tmp_path, server):
    ptr, _ = pointer_of(b"d" * 10**6)
    server.objects[ptr.oid] = b"x"
    server.get = server.drip
    started = time.monotonic()
    (reason,) = store(tmp_path, server, timeout=1.0).fetch([ptr]).values()
    assert "too slow" in reason and time.monotonic() - started < 3.5


# --- whole syncs, in a process of their own: memory and time as cron would see them -----------

_MEASURED_SYNC = """
import json, resource, sys, time
from pathlib import Path
from clkarchive.config import load_config
from clkarchive.sync import sync
started = time.monotonic()
(report,) = sync(load_config(Path(sys.argv[1])))
# VmHWM, not ru_maxrss: ru_maxrss survives exec, so it would count the test process that forked us.
status = Path("/proc/self/status").read_text().splitlines()
own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) // 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(json.dumps(dict(seconds=time.monotonic() - started, rss_mb=max(own, children), own_mb=own,
                      failures=[f.reason for f in report.failures], extracted=report.extracted)))
"""


def measured_sync(config: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURED_SYNC, str(config)], capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def lfs_config(tmp_path: Path, upstream: Upstream, server: Server, **archive: object) -> Path:
    settings = {"mirror_dir": "mirror", "index_dir": "index", "workers": 2, "fetch_timeout": 2, "ocr": False}
    settings |= archive
    lines = ["[archive]", *(f"{k} = {json.dumps(v)}" for k, v in settings.items())]
    lines += ["", "[[sources]]", 'name = "CLK2025"', f"url = {json.dumps(upstream.url)}"]
    lines += [f"lfs_url = {json.dumps(server.url)}", ""]
    config = tmp_path / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def test_a_sync_against_an_endless_stream_stays_small(tmp_path, upstream, server):
    # Pointers that declare 90 MB (under max_file_mb), and a server that sends 600 MB each.
    pointers = [pointer_of(b"%d" % n, 90 * 2**20) for n in range(4)]
    upstream.commit({f"1 主论坛/{n} 讲者-Endless {n}.pdf": text for n, (_, text) in enumerate(pointers)})
    server.objects |= {ptr.oid: b"" for ptr, _ in pointers}  # announced in the batch reply
    server.get = server.endless
    result = measured_sync(lfs_config(tmp_path, upstream, server, fetch_timeout=3))
    print(f"\nsync against an endless LFS stream: peak RSS {result['rss_mb']} MB, {result['seconds']:.1f} s")
    assert len(result["failures"]) == 4 and all("LFS" in r for r in result["failures"])
    assert result["rss_mb"] < 300
    assert result["seconds"] < 4 * 3 + 5


def test_a_sync_against_a_silent_server_with_many_decks_ends_in_bounded_time(tmp_path, upstream, server):
    upstream.commit({f"1 主论坛/{n} 讲者-Talk {n}.pdf": pointer_of(b"%d" % n)[1] for n in range(40)})
    server.batch = server.silent
    result = measured_sync(lfs_config(tmp_path, upstream, server, fetch_timeout=2))
    print(f"\nsync of 40 LFS decks against a silent server: {result['seconds']:.1f} s (fetch_timeout 2 s)")
    assert len(result["failures"]) == 40 and result["seconds"] < 2 * 2 + 5


def test_a_big_lfs_deck_never_passes_through_the_sync_process(tmp_path, upstream, server):
    deck = b"%PDF-1.4\n" + b"0" * (150 * 2**20)
    upstream.commit({"1 主论坛/1 讲者-Big deck.pdf": server.store(deck)})
    del deck
    config = lfs_config(tmp_path, upstream, server, fetch_timeout=20, max_file_mb=200, extract_timeout=3)
    result = measured_sync(config)
    own, most = result["own_mb"], result["rss_mb"]
    print(f"\nsync of a 150 MB LFS deck: peak RSS {own} MB (largest process, the extractor: {most} MB)")
    # The extractor holds the deck, under extract_memory_mb; the sync itself never does: its peak stays
    # below the deck's own size (its imports alone take about 120 MB, so a held deck would pass 270).
    assert result["extracted"] == 1 and result["own_mb"] < 150


def test_failed_downloads_stay_listed_are_counted_once_and_are_retried(tmp_path, upstream, server):
    decks = {f"1 主论坛/{n} 讲者-Missing talk {n}.pdf": make_pdf(f"missing {n}") for n in range(3)}
    upstream.commit({path: pointer_of(deck)[1] for path, deck in decks.items()})
    config = lfs_config(tmp_path, upstream, server)
    (first,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (first["added"], len(first["failures"])) == (3, 3)
    assert all(f["reason"] == "LFS server: Object does not exist" and f["retry"] for f in first["failures"])
    listed = json.loads(run_process("talks", "--json", config=config).stdout)
    assert {t["path"]: t["note"] for t in listed} == dict.fromkeys(decks, "LFS server: Object does not exist")
    found = json.loads(run_process("search", "--json", "Missing", config=config).stdout)
    assert found["total"] == 3
    again = run_process("sync", "--quiet", config=config)
    assert again.returncode == 0 and again.stdout == ""  # tried again, but nothing new to say
    (second,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (second["added"], second["changed"], len(second["failures"])) == (0, 0, 3)
    for deck in decks.values():
        server.store(deck)
    (third,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (third["added"], third["extracted"], third["failures"]) == (0, 3, [])
    assert (config.parent / "mirror/CLK2025" / next(iter(decks))).read_bytes() == next(iter(decks.values()))


def test_a_deck_whose_download_failed_is_not_given_to_ocr(tmp_path, upstream, server):
    path = "1 主论坛/1 讲者-Missing talk.pdf"
    upstream.commit({path: pointer_of(make_pdf("missing"))[1]})
    config = lfs_config(tmp_path, upstream, server, ocr=True)
    (report,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert [f["reason"] for f in report["failures"]] == ["LFS server: Object does not exist"]


def test_a_no_change_sync_does_no_lfs_work(tmp_path, upstream, server):
    path = "1 主论坛/1 讲者-Cached talk.pdf"
    deck = make_pdf("cached deck text")
    upstream.commit({path: server.store(deck)})
    config = lfs_config(tmp_path, upstream, server)
    assert run_process("sync", config=config).returncode == 0
    assert len(server.requests) == 2
    server.close()  # nothing may be asked of it again
    (report,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (report["extracted"], report["failures"]) == (0, [])
    # The checkout still holds the deck, not its pointer.
    assert (config.parent / "mirror/CLK2025" / path).read_bytes() == deck


@pytest.mark.skipif(not CORPUS, reason="needs CLKARCHIVE_CORPUS")
def test_real_clk2025_history_through_its_lfs_server(tmp_path):
    corpus = Path(CORPUS or "")
    upstream = tmp_path / "CLK2025.git"
    make = [str(corpus / "make-year-upstream"), "2025", str(upstream)]
    subprocess.run(make, check=True, capture_output=True)
    repo = pygit2.Repository(str(upstream))
    tip = repo.references["refs/heads/main"].peel(pygit2.Commit)
    repo.references.create("refs/heads/in-lfs", tip.parents[0].id)  # commit 5: 40 decks in LFS
    server = subprocess.Popen(
        [str(corpus / "lfs-server"), "0", "--seconds", "300"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        config = tmp_path / "config.toml"
        config.write_text(
            '[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\nfetch_timeout = 30\nocr = false\n\n'
            f'[[sources]]\nname = "CLK2025"\nurl = "{upstream}"\nbranch = "in-lfs"\nlfs_url = "{url}"\n',
            encoding="utf-8",
        )
        result = run_process("sync", "--json", config=config)
        (report,) = json.loads(result.stdout)
        reasons = sorted({f["reason"] for f in report["failures"]})
        assert report["added"] == 40 and len(report["failures"]) == 13, reasons
        assert reasons == ["LFS server: Object does not exist"] or all("LFS" in r for r in reasons)
        listed = json.loads(run_process("talks", "--json", config=config).stdout)
        assert sum(t["kind"] == "slides" for t in listed) == 40
        assert sum(t["pages"] > 0 for t in listed) == 27
        (quiet,) = json.loads(run_process("sync", "--json", config=config).stdout)
        assert (quiet["added"], quiet["extracted"]) == (0, 0)
    finally:
        server.terminate()
        server.wait()
