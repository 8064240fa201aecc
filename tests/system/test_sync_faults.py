"""Crash safety and consistency, with real processes: kills, races, dead remotes, damage, full disks."""

import copy
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from helpers import make_pdf, run_process, write_config

OLD = "主论坛/1-Alpha.pdf"
NEW = "主论坛/2-Beta.pdf"


@pytest.fixture
def synced_behind_upstream(project, upstream):
    """A project synced at upstream state A (talk Alpha); the upstream then moved on to B (Beta, no Alpha)."""
    upstream.commit(
        {OLD: make_pdf("alpha kernel", "alpha again"), "内存分论坛/1-Stay.pdf": make_pdf("stays")}
    )
    assert run_process("sync", config=project).returncode == 0
    upstream.commit({OLD: None, NEW: make_pdf("beta kernel")})
    return project


def found(config: Path, query: str = "kernel") -> list[str]:
    result = run_process("search", "--json", query, config=config)
    assert result.returncode in (0, 1), result.stderr
    return [r["path"] for r in json.loads(result.stdout)["results"]] if result.returncode == 0 else []


def snapshot(config: Path) -> dict[str, bytes]:
    index = config.parent / "index" / "whoosh"
    return {p.name: p.read_bytes() for p in sorted(index.iterdir())}


@pytest.mark.parametrize("stage", ["fetched", "extracting", "writing", "committed"])
def test_sigkill_at_every_stage_leaves_a_working_archive(synced_behind_upstream, stage):
    killed = run_process("sync", config=synced_behind_upstream, env={"CLKARCHIVE_FAULT": stage})
    assert killed.returncode == -9
    # Killed before the commit: the old answer; after it: the new one. Never an error or a mix.
    assert found(synced_behind_upstream) == ([NEW] if stage == "committed" else [OLD])
    again = run_process("sync", config=synced_behind_upstream)  # the dead holder's lock does not block it
    assert again.returncode == 0, again.stderr
    assert found(synced_behind_upstream) == [NEW]
    assert found(synced_behind_upstream, "stays") == ["内存分论坛/1-Stay.pdf"]


def test_search_while_sync_rewrites_never_errors_or_mixes(synced_behind_upstream, upstream):
    # Many pages on both sides, so the commit has real work to do while searches run.
    upstream.commit(
        {NEW: make_pdf(*["beta kernel"] * 60), "综合分论坛/3-Gamma.pdf": make_pdf(*["gamma"] * 60)}
    )
    searcher = subprocess.Popen(
        [sys.executable, "-c", textwrap_loop(synced_behind_upstream)], stdout=subprocess.PIPE, text=True
    )
    answers: list[list[str]] = []
    first, new = threading.Event(), threading.Event()

    def read() -> None:
        assert searcher.stdout is not None
        for line in searcher.stdout:
            answers.append(json.loads(line))
            first.set()
            if answers[-1] == [NEW]:
                new.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert first.wait(60), "the searcher never answered"  # it answers before the sync starts
        assert run_process("sync", config=synced_behind_upstream).returncode == 0
        assert new.wait(60), answers[-3:]  # the warm searcher sees the new generation
    finally:
        searcher.terminate()
        reader.join(30)
    assert answers[0] == [OLD]
    assert all(a in ([OLD], [NEW]) for a in answers), [a for a in answers if a not in ([OLD], [NEW])]
    # Once the new generation is seen, never the old one again.
    assert [OLD] not in answers[answers.index([NEW]) :]


def textwrap_loop(config: Path) -> str:
    return (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from clkarchive import Archive\n"
        f"archive = Archive.from_path(Path({str(config)!r}))  # one warm searcher, as a server keeps\n"
        "while True:\n"
        "    try:\n"
        "        paths = [t.path for t in archive.search('kernel').results]\n"
        "    except Exception as exc:\n"
        "        paths = ['error', repr(exc)]\n"
        "    print(json.dumps(paths), flush=True)\n"
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the socket is


@pytest.fixture
def silent_server():
    """A loopback HTTP 'server' that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/CLK2024.git"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


@pytest.mark.parametrize("remote", ["closed port", "silent server", "unresolvable name"])
def test_unreachable_remote_exits_75_and_touches_nothing(synced_behind_upstream, upstream, remote, request):
    url = {
        "closed port": lambda: f"http://127.0.0.1:{closed_port()}/CLK2024.git",
        "silent server": lambda: request.getfixturevalue("silent_server"),
        "unresolvable name": lambda: "https://clk-archive-test.invalid/CLK2024.git",
    }[remote]()
    config = write_config(synced_behind_upstream, url, fetch_timeout=2)
    mirror = synced_behind_upstream.parent / "mirror" / "CLK2024"
    head = (mirror / ".git" / "HEAD").read_text()
    before = snapshot(config)
    started = time.monotonic()
    result = run_process("sync", config=config)
    assert result.returncode == 75, result.stderr
    assert time.monotonic() - started < 30
    assert "cannot fetch" in result.stderr and "Traceback" not in result.stderr
    assert snapshot(config) == before
    assert (mirror / ".git" / "HEAD").read_text() == head and (mirror / OLD).exists()


def test_deleted_branch_is_named_and_index_kept(synced_behind_upstream, upstream):
    before = snapshot(synced_behind_upstream)
    upstream.repo.references["refs/heads/main"].rename("refs/heads/trunk")
    result = run_process("sync", config=synced_behind_upstream)
    assert result.returncode == 1 and "branch 'main' not found" in result.stderr
    assert snapshot(synced_behind_upstream) == before and found(synced_behind_upstream) == [OLD]


def test_emptied_upstream_is_not_wiped_without_being_asked(synced_behind_upstream, upstream):
    upstream.commit({NEW: None, "内存分论坛/1-Stay.pdf": None})
    result = run_process("sync", config=synced_behind_upstream)
    assert result.returncode == 1 and "holds no slides or posters" in result.stderr
    assert found(synced_behind_upstream) == [OLD]
    assert run_process("sync", "--allow-empty", config=synced_behind_upstream).returncode == 0
    assert found(synced_behind_upstream) == []


def test_deleted_mirror_is_cloned_again_without_extracting(synced_behind_upstream):
    shutil.rmtree(synced_behind_upstream.parent / "mirror")
    result = run_process("sync", "--json", config=synced_behind_upstream)
    assert result.returncode == 0, result.stderr
    (report,) = json.loads(result.stdout)
    assert report["extracted"] == 1  # only Beta, which is new; Stay's text is still in the index
    assert (synced_behind_upstream.parent / "mirror" / "CLK2024" / NEW).exists()


def test_corrupted_mirror_is_moved_aside_and_cloned_again(synced_behind_upstream):
    mirror = synced_behind_upstream.parent / "mirror" / "CLK2024"
    git_dir = mirror / ".git"
    (git_dir / "HEAD").write_text("garbage\n")
    shutil.rmtree(git_dir / "objects")
    before = {p.relative_to(mirror): p.read_bytes() for p in mirror.rglob("*") if p.is_file()}
    result = run_process("sync", config=synced_behind_upstream)
    assert result.returncode == 0, result.stderr
    assert "is damaged" in result.stderr and "moved it to" in result.stderr
    assert found(synced_behind_upstream) == [NEW]
    (aside,) = mirror.parent.glob("CLK2024.damaged-*")  # kept for inspection, not deleted
    assert {p.relative_to(aside): p.read_bytes() for p in aside.rglob("*") if p.is_file()} == before


def test_deleted_index_is_rebuilt(synced_behind_upstream):
    shutil.rmtree(synced_behind_upstream.parent / "index")
    assert run_process("search", "kernel", config=synced_behind_upstream).returncode == 2
    assert run_process("sync", config=synced_behind_upstream).returncode == 0
    assert found(synced_behind_upstream) == [NEW] and found(synced_behind_upstream, "stays") == [
        "内存分论坛/1-Stay.pdf"
    ]


def test_corrupted_index_is_moved_aside_and_rebuilt(synced_behind_upstream):
    whoosh = synced_behind_upstream.parent / "index" / "whoosh"
    for toc in whoosh.glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    broken = run_process("search", "kernel", config=synced_behind_upstream)
    assert broken.returncode == 2 and "cannot be read" in broken.stderr and "Traceback" not in broken.stderr
    result = run_process("sync", config=synced_behind_upstream)
    assert result.returncode == 0, result.stderr
    assert "moved it to" in result.stderr
    assert found(synced_behind_upstream) == [NEW]
    assert list(whoosh.parent.glob("whoosh.damaged-*"))  # kept for inspection, not deleted


def test_an_index_cut_into_other_tokens_is_refused_then_rebuilt(synced_behind_upstream):
    """An index an older clkarchive wrote with another stemmer holds other tokens: searched as it
    is, it would silently miss words. A search says to sync; the sync moves it aside, rebuilds."""
    from whoosh import index as whoosh_index

    from clkarchive.index.schema import schema

    whoosh = synced_behind_upstream.parent / "index" / "whoosh"
    shutil.rmtree(whoosh)
    whoosh.mkdir()
    old = copy.deepcopy(schema())  # a copy: the schema and its analyzer are shared
    old["content"].analyzer.version = 1  # what every version before the Snowball stemmer wrote
    writer = whoosh_index.create_in(str(whoosh), old).writer()
    writer.add_document(kind="page", fileid="CLK2024/x", content="kernel parallelizing")
    writer.commit()
    refused = run_process("search", "kernel", config=synced_behind_upstream)
    assert (
        refused.returncode == 2 and "older clkarchive" in refused.stderr and "Traceback" not in refused.stderr
    )
    result = run_process("sync", config=synced_behind_upstream)
    assert result.returncode == 0, result.stderr
    assert "moved it to" in result.stderr
    assert found(synced_behind_upstream) == [NEW]
    assert list(whoosh.parent.glob("whoosh.old-*"))  # kept, not deleted


@pytest.fixture
def tiny_disk(tmp_path):
    """A 1 MiB tmpfs: room for the first index, not for a big update."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {made.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_disk_full_while_writing_index_fails_cleanly(tmp_path, upstream, tiny_disk):
    upstream.commit({OLD: make_pdf("alpha kernel")})
    config = write_config(tmp_path / "config.toml", upstream.url, index_dir=str(tiny_disk / "index"))
    assert run_process("sync", config=config).returncode == 0
    # Thousands of distinct words: far more index than the tmpfs has room for.
    pages = [" ".join(f"w{p}x{i}" for i in range(60)) for p in range(400)]
    upstream.commit({NEW: make_pdf(*["\n".join([line] * 3) for line in pages])})
    result = run_process("sync", config=config)
    assert result.returncode == 1
    assert "cannot write" in result.stderr and "Traceback" not in result.stderr
    assert found(config) == [OLD]
    assert not list((tiny_disk / "index" / "whoosh").glob("*.tmp*"))
