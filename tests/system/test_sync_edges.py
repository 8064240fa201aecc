"""The sync at its edges, as the real program: ended by SIGTERM mid-work (a cron or systemd timeout),
given a url that names a command rather than a repository, and a tree with a name no file system here
can hold."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pygit2
import pytest

from clkarchive.pictures import ocr
from helpers import DATA, SIGNATURE, make_pdf, run_process, write_config


def session_processes(session: int) -> list[int]:
    """The live processes of a session, from /proc (a zombie has ended: only its exit status is left)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it ended while we looked
            continue
        state, _parent, _group, sid = stat.rsplit(")", 1)[1].split()[:4]
        if int(sid) == session and state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


def sigterm_while(config: Path, started: str) -> list[int]:
    """Start a sync in a session of its own, SIGTERM it once it has printed `started` and has workers,
    and return what is left of its session three seconds after it ended."""
    environ = {k: v for k, v in os.environ.items() if k not in ("CLKARCHIVE_CONFIG", "CLKARCHIVE_FAULT")}
    sync = subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(config), "sync"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=environ,
        start_new_session=True,
    )
    lines: list[str] = []

    def read() -> None:
        for line in sync.stdout or []:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        deadline = time.monotonic() + 120
        while not any(started in line for line in lines):
            assert sync.poll() is None, f"the sync ended before it was stopped: {lines}"
            assert time.monotonic() < deadline, f"not started after 120 s: {lines}"
            time.sleep(0.05)
        # Struck as soon as the second worker shows: a worker's first milliseconds, before it has
        # asked to die with its parent, are when a dying sync could leave it behind.
        while len(session_processes(sync.pid)) < 3:
            assert sync.poll() is None and time.monotonic() < deadline, f"no workers: {lines}"
        os.kill(sync.pid, signal.SIGTERM)
        assert sync.wait(10) == -signal.SIGTERM
        gone_by = time.monotonic() + 3
        while (left := session_processes(sync.pid)) and time.monotonic() < gone_by:
            time.sleep(0.05)
        return left
    finally:
        for pid in session_processes(sync.pid):  # whatever the test found left, it does not leave
            os.kill(pid, signal.SIGKILL)


def test_sync_killed_by_sigterm_mid_extraction_leaves_no_process(tmp_path, upstream):
    # 1,500 pages each: pdfminer takes many seconds over each deck, on any machine.
    slow = make_pdf(*["\n".join([f"page {n} kernel text line"] * 30) for n in range(1500)])
    upstream.commit({f"主论坛/{n}-Deck.pdf": slow + b"%" + str(n).encode() for n in range(1, 5)})
    config = write_config(tmp_path / "config.toml", upstream.url, extract_timeout=300)
    for _ in range(3):  # the window is milliseconds: before 510ade8, a strike hit it more often than not
        assert sigterm_while(config, "CLK2024: reading text (4 to read)") == []


@pytest.mark.skipif(not ocr.available(), reason=f"the OCR extra is not installed ({ocr.INSTALL_HINT})")
def test_sync_killed_by_sigterm_mid_ocr_leaves_no_process(tmp_path, upstream):
    from PIL import Image

    crop = Image.open(DATA / "clk2024-memory-poster-crop.webp").convert("RGB")
    poster = Image.new("RGB", (crop.width, crop.height * 60), "white")  # 19 tiles of poster text
    for top in range(0, poster.height, crop.height):
        poster.paste(crop, (0, top))
    path = tmp_path / "poster.webp"
    poster.save(path, quality=80)
    upstream.commit({"主论坛.webp": path.read_bytes(), "主论坛/1-Talk.pdf": make_pdf("words " * 9)})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True)
    assert sigterm_while(config, "CLK2024: reading pictures") == []


@pytest.mark.parametrize("url", ["ext::sh -c touch% {x}", "ssh://-oProxyCommand=touch% {x}/"])
def test_a_hostile_source_url_exits_1_not_75(tmp_path, url):
    """Nothing runs (libgit2 knows no ext:: and runs no ssh), but such a url is not an unreachable
    remote that may answer later: it never will, and cron's 'try again' would hide that for ever."""
    touched = tmp_path / "touched"
    config = write_config(tmp_path / "config.toml", url.format(x=touched))
    result = run_process("sync", config=config)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("clkarchive: CLK2024: refused url ") and result.stderr.count("\n") == 1
    assert "(sources.url)" in result.stderr and "Traceback" not in result.stderr
    assert not touched.exists()
    assert not (tmp_path / "mirror" / "CLK2024").exists()


def test_a_name_too_long_for_the_file_system_is_a_failure_not_a_talk(tmp_path):
    repo = pygit2.init_repository(str(tmp_path / "up.git"), bare=True, initial_head="main")
    long_name = "7-" + "很长的标题" * 20 + ".pdf"  # 306 bytes: no Linux file system holds it
    forum = repo.TreeBuilder()
    forum.insert(
        "1-Fine.pdf", repo.create_blob(make_pdf("a fine talk about kernels")), pygit2.GIT_FILEMODE_BLOB
    )
    forum.insert(long_name, repo.create_blob(make_pdf("a long talk about kernels")), pygit2.GIT_FILEMODE_BLOB)
    top = repo.TreeBuilder()
    top.insert("主论坛", forum.write(), pygit2.GIT_FILEMODE_TREE)
    repo.create_commit("refs/heads/main", SIGNATURE, SIGNATURE, "long", top.write(), [])
    config = write_config(tmp_path / "config.toml", str(tmp_path / "up.git"))

    synced = run_process("sync", config=config)
    assert synced.returncode == 0, synced.stderr
    talks = json.loads(run_process("talks", "--json", config=config).stdout)
    assert [t["path"] for t in talks] == ["主论坛/1-Fine.pdf"]
    assert run_process("search", "long", config=config).returncode == 1  # nothing sends a user to it
    (status,) = json.loads(run_process("status", "--json", config=config).stdout)
    (failure,) = status["failures"]
    assert failure["path"] == f"主论坛/{long_name}"
    assert (
        failure["reason"]
        == "not checked out or indexed: name too long for this file system (306 bytes; at most 255)"
    )
    assert f"skipped 主论坛/{long_name}: not checked out or indexed" in synced.stdout
