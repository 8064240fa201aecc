"""Git LFS against servers that misbehave: endless, dripping, silent, huge or malformed replies, redirects.

The server is a real HTTP server on 127.0.0.1 (helpers.LfsServer), made to misbehave in
one way each test; the real CLK2025 history and its LFS server (corpus tests) show
the ordinary case.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from clkarchive.sync import lfs
from helpers import CorpusArchive, LfsServer, Upstream, lfs_pointer, make_pdf, run_process


def pointer_of(data: bytes, size: int | None = None) -> tuple[lfs.Pointer, bytes]:
    return lfs.Pointer(hashlib.sha256(data).hexdigest(), len(data) if size is None else size), lfs_pointer(
        data, size
    )


def store(tmp_path: Path, server: LfsServer, timeout: float = 1.0) -> lfs.LfsStore:
    return lfs.LfsStore(server.url, tmp_path / "lfs" / "objects", timeout=timeout)


def test_a_good_server_fills_the_cache_in_one_batch_request(tmp_path, lfs_server):
    decks = [make_pdf(f"deck {n}") for n in range(6)]
    pointers = [lfs.pointer(lfs_server.store(d)) for d in decks]
    assert all(pointers)
    cache = store(tmp_path, lfs_server)
    assert cache.fetch([p for p in pointers if p]) == {}
    assert [r.split()[0] for r in lfs_server.requests].count("POST") == 1
    assert all(cache.path(p).read_bytes() == d for p, d in zip(pointers, decks, strict=True) if p)
    lfs_server.requests.clear()
    assert cache.fetch([p for p in pointers if p]) == {} and lfs_server.requests == []  # cached: no request


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
def test_a_malformed_batch_reply_is_the_decks_failure_not_a_crash(tmp_path, lfs_server, name):
    ptr, _ = pointer_of(b"deck")
    body = MALFORMED[name].replace(b"OID", ptr.oid.encode())
    lfs_server.batch = lambda h, _body: lfs_server.send(h, body)
    reasons = store(tmp_path, lfs_server).fetch([ptr])
    assert list(reasons) == [ptr.oid] and reasons[ptr.oid].startswith("LFS ")


def test_a_huge_batch_reply_is_refused_early(tmp_path, lfs_server):
    ptr, _ = pointer_of(b"deck")

    def huge(h: BaseHTTPRequestHandler, body: dict) -> None:
        h.send_response(200)
        h.end_headers()
        h.wfile.write(b'{"objects": [' + b'{"oid": "x"},' * 10**6)  # 13 MB and counting

    lfs_server.batch = huge
    (reason,) = store(tmp_path, lfs_server).fetch([ptr]).values()
    assert "batch reply over 80 KiB: refused" in reason


def test_redirect_loops_are_a_failure(tmp_path, lfs_server):
    ptr, _ = pointer_of(b"deck")
    lfs_server.batch = lambda h, _b: lfs_server.send(h, b"", 307, Location=f"{lfs_server.url}/objects/batch")
    (reason,) = store(tmp_path, lfs_server).fetch([ptr]).values()
    assert "redirects" in reason
    lfs_server.batch = lfs_server.good_batch
    lfs_server.objects[ptr.oid] = b"deck"
    lfs_server.get = lambda h: lfs_server.send(h, b"", 302, Location=f"{lfs_server.url}{h.path}")
    (reason,) = store(tmp_path, lfs_server).fetch([ptr]).values()
    assert "redirects" in reason


def test_more_bytes_than_the_pointer_says_are_cut_off(tmp_path, lfs_server):
    ptr, _ = pointer_of(b"small deck")
    lfs_server.objects[ptr.oid] = b"x"
    lfs_server.get = lfs_server.endless
    cache = store(tmp_path, lfs_server)
    (reason,) = cache.fetch([ptr]).values()
    assert reason == f"LFS object {ptr.oid[:12]} is bigger than its pointer says: refused"
    assert not cache.has(ptr) and list((cache.cache.parent / "tmp").iterdir()) == []  # no partial file kept


def test_a_dripping_server_is_given_up_at_the_objects_deadline(tmp_path, lfs_server):
    ptr, _ = pointer_of(b"d" * 10**6)
    lfs_server.objects[ptr.oid] = b"x"
    lfs_server.get = lfs_server.drip
    started = time.monotonic()
    (reason,) = store(tmp_path, lfs_server, timeout=1.0).fetch([ptr]).values()
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


def lfs_config(tmp_path: Path, upstream: Upstream, server: LfsServer, **archive: object) -> Path:
    settings = {"mirror_dir": "mirror", "index_dir": "index", "workers": 2, "fetch_timeout": 2, "ocr": False}
    settings |= archive
    lines = ["[archive]", *(f"{k} = {json.dumps(v)}" for k, v in settings.items())]
    lines += ["", "[[sources]]", 'name = "CLK2025"', f"url = {json.dumps(upstream.url)}"]
    lines += [f"lfs_url = {json.dumps(server.url)}", ""]
    config = tmp_path / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


def test_a_sync_against_an_endless_stream_stays_small(tmp_path, upstream, lfs_server):
    # Pointers that declare 90 MB (under max_file_mb), and a server that sends 600 MB each.
    pointers = [pointer_of(b"%d" % n, 90 * 2**20) for n in range(4)]
    upstream.commit({f"1 主论坛/{n} 讲者-Endless {n}.pdf": text for n, (_, text) in enumerate(pointers)})
    lfs_server.objects |= {ptr.oid: b"" for ptr, _ in pointers}  # announced in the batch reply
    lfs_server.get = lfs_server.endless
    result = measured_sync(lfs_config(tmp_path, upstream, lfs_server, fetch_timeout=3))
    print(f"\nsync against an endless LFS stream: peak RSS {result['rss_mb']} MB, {result['seconds']:.1f} s")
    assert len(result["failures"]) == 4 and all("LFS" in r for r in result["failures"])
    assert result["rss_mb"] < 300
    assert result["seconds"] < 4 * 3 + 5


def test_a_sync_against_a_silent_server_with_many_decks_ends_in_bounded_time(tmp_path, upstream, lfs_server):
    upstream.commit({f"1 主论坛/{n} 讲者-Talk {n}.pdf": pointer_of(b"%d" % n)[1] for n in range(40)})
    lfs_server.batch = lfs_server.silent
    result = measured_sync(lfs_config(tmp_path, upstream, lfs_server, fetch_timeout=2))
    print(f"\nsync of 40 LFS decks against a silent server: {result['seconds']:.1f} s (fetch_timeout 2 s)")
    assert len(result["failures"]) == 40 and result["seconds"] < 2 * 2 + 5


def test_a_big_lfs_deck_never_passes_through_the_sync_process(tmp_path, upstream, lfs_server):
    deck = b"%PDF-1.4\n" + b"0" * (150 * 2**20)
    upstream.commit({"1 主论坛/1 讲者-Big deck.pdf": lfs_server.store(deck)})
    del deck
    config = lfs_config(tmp_path, upstream, lfs_server, fetch_timeout=20, max_file_mb=200, extract_timeout=3)
    result = measured_sync(config)
    own, most = result["own_mb"], result["rss_mb"]
    print(f"\nsync of a 150 MB LFS deck: peak RSS {own} MB (largest process, the extractor: {most} MB)")
    # The extractor holds the deck, under extract_memory_mb; the sync itself never does: its peak stays
    # below the deck's own size (its imports alone take about 120 MB, so a held deck would pass 270).
    assert result["extracted"] == 1 and result["own_mb"] < 150


def test_failed_downloads_stay_listed_are_counted_once_and_are_retried(tmp_path, upstream, lfs_server):
    decks = {f"1 主论坛/{n} 讲者-Missing talk {n}.pdf": make_pdf(f"missing {n}") for n in range(3)}
    upstream.commit({path: pointer_of(deck)[1] for path, deck in decks.items()})
    config = lfs_config(tmp_path, upstream, lfs_server)
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
        lfs_server.store(deck)
    (third,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (third["added"], third["extracted"], third["failures"]) == (0, 3, [])
    assert (config.parent / "mirror/CLK2025" / next(iter(decks))).read_bytes() == next(iter(decks.values()))


def test_a_deck_whose_download_failed_is_not_given_to_ocr(tmp_path, upstream, lfs_server):
    path = "1 主论坛/1 讲者-Missing talk.pdf"
    upstream.commit({path: pointer_of(make_pdf("missing"))[1]})
    config = lfs_config(tmp_path, upstream, lfs_server, ocr=True)
    (report,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert [f["reason"] for f in report["failures"]] == ["LFS server: Object does not exist"]


def test_a_no_change_sync_does_no_lfs_work(tmp_path, upstream, lfs_server):
    path = "1 主论坛/1 讲者-Cached talk.pdf"
    deck = make_pdf("cached deck text")
    upstream.commit({path: lfs_server.store(deck)})
    config = lfs_config(tmp_path, upstream, lfs_server)
    assert run_process("sync", config=config).returncode == 0
    assert len(lfs_server.requests) == 2
    lfs_server.close()  # nothing may be asked of it again
    (report,) = json.loads(run_process("sync", "--json", config=config).stdout)
    assert (report["extracted"], report["failures"]) == (0, [])
    # The checkout still holds the deck, not its pointer.
    assert (config.parent / "mirror/CLK2025" / path).read_bytes() == deck


def test_real_clk2025_history_through_its_lfs_server(corpus_archive: CorpusArchive):
    """The real CLK2025 at "clk2025 modify" (commit 5: 40 decks in LFS), synced through the corpus's
    LFS server: the session's corpus_archive, whose first sync is this one (needs CLKARCHIVE_CORPUS)."""
    (report,) = [r for r in corpus_archive.lfs_sync if r["source"] == "CLK2025"]
    reasons = sorted({f["reason"] for f in report["failures"]})
    assert report["added"] == 40 and len(report["failures"]) == 13, reasons
    assert reasons == ["LFS server: Object does not exist"] or all("LFS" in r for r in reasons)
    listed = [t for t in corpus_archive.lfs_talks if t["source"] == "CLK2025"]
    assert sum(t["kind"] == "slides" for t in listed) == 40
    assert sum(t["pages"] > 0 for t in listed) == 27
    (quiet,) = [r for r in corpus_archive.lfs_resync if r["source"] == "CLK2025"]
    assert (quiet["added"], quiet["extracted"]) == (0, 0)
