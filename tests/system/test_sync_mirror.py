"""A mirror folder may hold what is not ours: refuse it, move damage aside, survive hostile trees, big files.

Every test runs the real program on real git repositories; nothing the user had may change.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pygit2
import pytest
from pygit2.enums import FileMode, ObjectType

from clkarchive.config import Source, load_config
from clkarchive.errors import ClkError
from clkarchive.sync import remote, sync
from clkarchive.sync.mirror import MARK, Mirror, _write_blob
from helpers import SIGNATURE, Upstream, make_pdf, run_process, write_config

DECK = "主论坛/1-Alpha.pdf"


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file, folder and link under folder (its .git included): mode and bytes or link target."""
    found: dict[str, tuple[int, bytes]] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            st = path.lstat()
            if path.is_symlink():
                content = os.readlink(path).encode()
            elif path.is_file():
                content = path.read_bytes()
            else:
                content = b""
            found[str(path.relative_to(folder))] = (st.st_mode, content)
    return found


@pytest.fixture
def up(tmp_path: Path) -> Upstream:
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({DECK: make_pdf("alpha kernel"), "README.md": b"# CLK\n"})
    return upstream


def mark_of(repo_path: Path) -> str | None:
    config = pygit2.Config(str(repo_path / ".git" / "config"))
    return config[MARK] if MARK in config else None  # noqa: SIM401 (pygit2's Config has no get)


# 1. Nothing at mirror_dir/<name> is used unless clkarchive made it.


def test_users_documents_folder_at_the_mirror_path_is_refused_and_untouched(tmp_path, up):
    # The user's home is a git repository of their own, and mirror_dir a folder inside it:
    # the sync must neither clone over Documents/CLK2024 nor find and rewrite the enclosing repository.
    home = tmp_path / "home"
    own = pygit2.init_repository(str(home), initial_head="main")
    own.remotes.create("origin", "https://example.invalid/dotfiles.git")
    documents = home / "Documents" / "CLK2024"
    (documents / "notes").mkdir(parents=True)
    (documents / "notes" / "plan.txt").write_text("my notes\n")
    (documents / "slides.pdf").write_bytes(make_pdf("my own slides"))
    config = write_config(tmp_path / "config.toml", up.url, mirror_dir=str(home / "Documents"))
    before = snapshot(home)

    result = run_process("sync", config=config)
    assert result.returncode == 1, result.stderr
    assert f"{documents} exists and is not a mirror made by clkarchive" in result.stderr
    assert "move it away or set archive.mirror_dir" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(home) == before
    assert pygit2.Repository(str(home)).remotes["origin"].url == "https://example.invalid/dotfiles.git"


def test_users_own_clone_of_the_source_is_refused_and_untouched(tmp_path, up):
    """Same url as the source, on another branch, with uncommitted edits: still the user's."""
    path = tmp_path / "mirror" / "CLK2024"
    own = pygit2.clone_repository(up.url, str(path))
    own.branches.local.create("work", own.head.peel(pygit2.Commit))
    own.checkout("refs/heads/work")
    (path / "mine.txt").write_text("committed by the user\n")
    own.index.add("mine.txt")
    own.index.write()
    own.create_commit("HEAD", SIGNATURE, SIGNATURE, "mine", own.index.write_tree(), [own.head.target])
    (path / "README.md").write_text("uncommitted edit\n")
    (path / "untracked.txt").write_text("not added yet\n")
    up.commit({"主论坛/2-Beta.pdf": make_pdf("beta kernel")})  # there is something new to fetch
    config = write_config(tmp_path / "config.toml", up.url)
    before = snapshot(path)

    result = run_process("sync", config=config)
    assert result.returncode == 1, result.stderr
    assert f"{path} exists and is not a mirror made by clkarchive" in result.stderr
    assert f"git -C {path} config {MARK} true" in result.stderr  # how to say it is a mirror, if it is
    assert snapshot(path) == before
    repo = pygit2.Repository(str(path))
    assert repo.head.shorthand == "work" and repo.remotes["origin"].url == up.url


def test_a_file_at_the_mirror_path_is_refused_and_untouched(tmp_path, up):
    (tmp_path / "mirror").mkdir()
    (tmp_path / "mirror" / "CLK2024").write_text("a file, not a folder\n")
    config = write_config(tmp_path / "config.toml", up.url)
    result = run_process("sync", config=config)
    assert result.returncode == 1 and "is not a mirror made by clkarchive" in result.stderr
    assert (tmp_path / "mirror" / "CLK2024").read_text() == "a file, not a folder\n"


def test_clone_is_marked_and_an_empty_folder_is_filled(tmp_path, up):
    (tmp_path / "mirror" / "CLK2024").mkdir(parents=True)  # made by the user for us: nothing to lose
    config = write_config(tmp_path / "config.toml", up.url)
    result = run_process("sync", config=config)
    assert result.returncode == 0, result.stderr
    path = tmp_path / "mirror" / "CLK2024"
    assert mark_of(path) == "true" and (path / DECK).is_file()


def test_mirror_made_by_an_older_clkarchive_is_adopted(tmp_path, up):
    config = write_config(tmp_path / "config.toml", up.url)
    assert run_process("sync", config=config).returncode == 0
    path = tmp_path / "mirror" / "CLK2024"
    del pygit2.Repository(str(path)).config[MARK]  # as the previous version left its mirrors
    up.commit({"主论坛/2-Beta.pdf": make_pdf("beta kernel")})
    result = run_process("sync", config=config)
    assert result.returncode == 0, result.stderr
    assert "adopted" in result.stderr and mark_of(path) == "true"
    assert (path / "主论坛/2-Beta.pdf").is_file()


# 2. A mirror of ours that is damaged is moved aside, never deleted.


def test_mirror_missing_objects_is_moved_aside_not_deleted(tmp_path, up):
    config = write_config(tmp_path / "config.toml", up.url)
    assert run_process("sync", config=config).returncode == 0
    path = tmp_path / "mirror" / "CLK2024"
    (path / "my-note.txt").write_text("left in the mirror by someone\n")
    repo = pygit2.Repository(str(path))
    blob = repo.head.peel(pygit2.Tree)[DECK].id
    loose = path / ".git" / "objects" / str(blob)[:2] / str(blob)[2:]
    loose.unlink()  # one object lost: the commit and trees are still there

    result = run_process("sync", config=config)
    assert result.returncode == 0, result.stderr
    assert "is damaged" in result.stderr and "moved it to" in result.stderr
    (aside,) = (tmp_path / "mirror").glob("CLK2024.damaged-*")
    assert (aside / "my-note.txt").read_text() == "left in the mirror by someone\n"
    assert (path / DECK).is_file() and mark_of(path) == "true"


# 3. Someone else's mirror: git's ownership check is reported as what it is.


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the mirror to another user")
def test_mirror_owned_by_another_user_is_reported_not_taken_for_damage(tmp_path, up):
    config = write_config(tmp_path / "config.toml", up.url)
    assert run_process("sync", config=config).returncode == 0
    path = tmp_path / "mirror" / "CLK2024"
    subprocess.run(["chown", "-R", "54321:54321", str(path)], check=True)
    before = snapshot(path)
    home = tmp_path / "home"
    home.mkdir()

    result = run_process("sync", config=config, env={"HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    assert result.returncode == 1, result.stderr
    assert f"{path} belongs to another user (uid 54321)" in result.stderr
    assert f"git config --global --add safe.directory {path}" in result.stderr
    assert "damaged" not in result.stderr and not list((tmp_path / "mirror").glob("*.damaged-*"))
    assert snapshot(path) == before

    # The remedy it names works.
    (home / ".gitconfig").write_text(f"[safe]\n\tdirectory = {path}\n")
    again = run_process("sync", config=config, env={"HOME": str(home), "XDG_CONFIG_HOME": str(home)})
    assert again.returncode == 0, again.stderr


# 4. Hostile tree entries are skipped and listed; the rest is checked out and indexed.

FORUM = "综合分论坛"
UNSAFE = [b"..", b".", b".git", b".GIT", b"GIT~1", b"/tmp-absolute.pdf", b"1-a/b.pdf", b".git. "]


def raw_tree(repo: pygit2.Repository, entries: list[tuple[int, bytes, pygit2.Oid]]) -> pygit2.Oid:
    """A tree written byte by byte: TreeBuilder refuses the names an attacker would use."""
    in_git_order = sorted(entries, key=lambda e: e[1] + b"/" if e[0] == FileMode.TREE else e[1])
    raw = b"".join(b"%o %s\0" % (mode, name) + oid.raw for mode, name, oid in in_git_order)
    return repo.odb.write(ObjectType.TREE, raw)


@pytest.fixture(scope="module")
def hostile_tree_synced(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("hostile-tree")
    repo = pygit2.init_repository(str(tmp_path / "up.git"), bare=True, initial_head="main")
    evil = repo.create_blob(make_pdf("evil kernel"))
    good = repo.create_blob(make_pdf("good kernel"))
    config_blob = repo.create_blob(b"[core]\n\tfsmonitor = touch /tmp/pwned\n")
    dot_git = raw_tree(repo, [(FileMode.BLOB, b"config", config_blob)])
    entries = [
        (FileMode.TREE if name.lower().startswith(b".git") else FileMode.BLOB, name, evil) for name in UNSAFE
    ]
    entries = [(mode, name, dot_git if mode == FileMode.TREE else oid) for mode, name, oid in entries]
    gitlink = raw_tree(repo, [(FileMode.COMMIT, b"..", evil), (FileMode.BLOB, b"2-Sub.pdf", good)])
    deep = raw_tree(repo, [(FileMode.BLOB, b"9-Deep.pdf", repo.create_blob(make_pdf("deep kernel")))])
    for _ in range(20):  # 20 folders of 250 bytes: over PATH_MAX (4096) as a whole, each name fine
        deep = raw_tree(repo, [(FileMode.TREE, b"d" * 250, deep)])
    forum = raw_tree(
        repo,
        [
            *entries,
            (FileMode.BLOB, b"1-Good.pdf", good),
            (FileMode.TREE, b"sub", gitlink),
            (FileMode.TREE, b"deep", deep),
        ],
    )
    top = raw_tree(repo, [(FileMode.TREE, FORUM.encode(), forum)])
    repo.create_commit("refs/heads/main", SIGNATURE, SIGNATURE, "hostile", top, [])
    config = write_config(tmp_path / "config.toml", str(tmp_path / "up.git"))
    first = run_process("sync", config=config)
    second = run_process("sync", config=config)
    status = json.loads(run_process("status", "--json", config=config).stdout)
    failures = {f["path"]: f["reason"] for f in status[0]["failures"]}
    return tmp_path, first, second, failures


@pytest.mark.parametrize("name", [n.decode() for n in UNSAFE])
def test_hostile_tree_entry_is_skipped_and_listed(hostile_tree_synced, name):
    _, first, _, failures = hostile_tree_synced
    assert first.returncode == 0, first.stderr
    assert "unexpected error" not in first.stderr
    assert failures[f"{FORUM}/{name}"] == "not checked out or indexed: unsafe name in the tree"


def test_gitlink_named_dot_dot_is_skipped_and_listed(hostile_tree_synced):
    _, _, _, failures = hostile_tree_synced
    assert failures[f"{FORUM}/sub/.."] == "not checked out or indexed: unsafe name in the tree"


def test_path_longer_than_path_max_is_listed_and_not_indexed(hostile_tree_synced):
    tmp_path, _, _, failures = hostile_tree_synced
    deep = f"{FORUM}/deep/" + "/".join(["d" * 250] * 20) + "/9-Deep.pdf"
    assert failures[deep].startswith("not checked out or indexed: path too long for this file system (")
    # A talk is a file the user can open: one the checkout could not write is none.
    found = run_process("search", "--json", "deep", config=tmp_path / "config.toml")
    assert found.returncode == 1, found.stdout


def test_rest_of_a_hostile_tree_is_checked_out_and_indexed_without_reclone(hostile_tree_synced):
    tmp_path, first, second, failures = hostile_tree_synced
    mirror_path = tmp_path / "mirror" / "CLK2024"
    assert (mirror_path / FORUM / "1-Good.pdf").is_file() and (
        mirror_path / FORUM / "sub" / "2-Sub.pdf"
    ).is_file()
    assert mark_of(mirror_path) == "true"  # the tree's .git/config was not written over ours
    assert not Path("/tmp-absolute.pdf").exists() and not (tmp_path / "mirror" / "tmp-absolute.pdf").exists()
    assert second.returncode == 0, second.stderr
    assert "damaged" not in first.stderr + second.stderr and not list(
        (tmp_path / "mirror").glob("*.damaged-*")
    )
    found = json.loads(run_process("search", "--json", "kernel", config=tmp_path / "config.toml").stdout)
    paths = {r["path"] for r in found["results"]}
    assert {f"{FORUM}/1-Good.pdf", f"{FORUM}/sub/2-Sub.pdf"} <= paths
    assert not paths & {p for p, reason in failures.items() if "unsafe" in reason}
    evil = run_process("search", "--json", "evil", config=tmp_path / "config.toml")
    assert evil.returncode == 1, evil.stdout  # the unsafe entries' text was never indexed


# 5. Permanent problems exit 1; 75 is kept for what may pass by itself.


def _commit_tree(repo: pygit2.Repository, tree: pygit2.Oid) -> None:
    repo.create_commit("refs/heads/main", SIGNATURE, SIGNATURE, "broken", tree, [])


@pytest.mark.parametrize("problem", ["bad tree object", "missing object", "local path that does not exist"])
def test_permanent_upstream_problem_exits_1_not_75(tmp_path, problem):
    bare = tmp_path / "up.git"
    repo = pygit2.init_repository(str(bare), bare=True, initial_head="main")
    if problem == "bad tree object":
        broken = repo.odb.write(ObjectType.TREE, b"100644 no-nul-and-no-id")
        _commit_tree(repo, raw_tree(repo, [(FileMode.TREE, FORUM.encode(), broken)]))
    elif problem == "missing object":
        _commit_tree(repo, raw_tree(repo, [(FileMode.BLOB, b"1-Gone.pdf", pygit2.Oid(hex="ab" * 20))]))
    url = str(tmp_path / "nowhere") if problem.startswith("local path") else str(bare)
    config = write_config(tmp_path / "config.toml", url)
    result = run_process("sync", config=config)
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    assert not (tmp_path / "mirror" / "CLK2024").exists()


# 6. A 200 MB file upstream: no process of the sync goes over 300 MB.

BIG = 200 << 20


@pytest.fixture(scope="module")
def big_upstream(tmp_path_factory) -> Upstream:
    upstream = Upstream(tmp_path_factory.mktemp("big") / "upstream")
    (upstream.path / "主论坛").mkdir()
    with open(upstream.path / "主论坛" / "recording.mp4", "wb") as f:
        for _ in range(BIG >> 20):
            f.write(os.urandom(1 << 20))
    # Packed, as a fetch from GitHub leaves it (the mirror's local clone copies the pack): the costly
    # case, which libgit2 can only inflate whole. git streams the file into a pack of its own, stored
    # without compression (random bytes do not compress: deflating them only cost ~14 s of CPU).
    git = ["git", "-C", str(upstream.path), "-c", "core.bigFileThreshold=1m"]
    git += ["-c", "core.compression=0", "-c", "pack.compression=0"]
    subprocess.run([*git, "add", "主论坛/recording.mp4"], check=True, capture_output=True)
    upstream.commit({DECK: make_pdf("alpha kernel")})
    subprocess.run([*git, "repack", "-a", "-d", "-q"], check=True, capture_output=True)
    assert not list((upstream.path / ".git" / "objects").glob("??/*"))  # nothing loose: one pack
    return upstream


def peak_rss_mb(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    """Run the command in a fresh process; the biggest peak RSS among it and its descendants, in MB."""
    probe = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stderr.write(done.stderr); sys.stdout.write(done.stdout)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(done.returncode)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=600)
    *rest, peak = done.stderr.splitlines()
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout, "\n".join(rest)), int(
        peak
    ) / 1024


def sync_command(config: Path) -> list[str]:
    return [sys.executable, "-m", "clkarchive", "--config", str(config), "sync"]


def test_file_over_max_file_mb_is_left_out_and_the_sync_stays_under_300_mb(tmp_path, big_upstream):
    config = write_config(tmp_path / "config.toml", big_upstream.url)
    result, peak = peak_rss_mb(*sync_command(config))
    print(f"peak RSS, sync with a 200 MB file over max_file_mb: {peak:.0f} MB")
    assert result.returncode == 0, result.stderr
    assert "recording.mp4 not checked out: 200 MB, over archive.max_file_mb (100)" in result.stderr
    assert peak < 300
    assert (tmp_path / "mirror" / "CLK2024" / DECK).is_file()
    assert not (tmp_path / "mirror" / "CLK2024" / "主论坛" / "recording.mp4").exists()


def test_big_file_under_max_file_mb_is_checked_out_by_a_child_under_300_mb(tmp_path, big_upstream):
    config = write_config(tmp_path / "config.toml", big_upstream.url, max_file_mb=300)
    result, peak = peak_rss_mb(*sync_command(config))
    print(f"peak RSS, sync checking out a 200 MB file: {peak:.0f} MB")
    assert result.returncode == 0, result.stderr
    assert peak < 300
    checked_out = tmp_path / "mirror" / "CLK2024" / "主论坛" / "recording.mp4"
    upstream_file = big_upstream.path / "主论坛" / "recording.mp4"
    assert _sha256(checked_out) == _sha256(upstream_file)
    written = checked_out.stat().st_mtime_ns
    again = run_process("sync", config=config)  # unchanged: not written again
    assert again.returncode == 0 and checked_out.stat().st_mtime_ns == written


def test_big_loose_blob_is_copied_in_constant_memory_and_checked(tmp_path, up):
    data = os.urandom(40 << 20)  # over mirror.IN_PROCESS_MAX
    blob = str(up.repo.create_blob(data))
    m = Mirror(Source("CLK2024", up.url), up.path)
    _write_blob(m.repo, blob, tmp_path / "copy", "CLK2024")
    assert (tmp_path / "copy").read_bytes() == data
    loose = up.path / ".git" / "objects" / blob[:2] / blob[2:]
    other = zlib.compress(b"blob %d\0" % len(data) + data[:-1] + b"!")
    loose.chmod(0o644)
    loose.write_bytes(other)
    with pytest.raises(ClkError, match="is corrupt"):
        _write_blob(m.repo, blob, tmp_path / "copy", "CLK2024")
    assert (tmp_path / "copy").read_bytes() == data  # the good copy is not replaced by a bad one


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


# 7. libgit2's network timeouts are process-wide: set once by the sync, not by each Mirror.


def test_timeouts_are_set_by_the_sync_not_by_each_mirror(tmp_path, up):
    pygit2.settings.server_timeout = 1234
    Mirror(Source("CLK2024", up.url), tmp_path / "m")
    assert pygit2.settings.server_timeout == 1234
    remote.set_timeouts(7)
    assert pygit2.settings.server_timeout == 7000 and pygit2.settings.server_connect_timeout == 7000
    (report,) = sync(load_config(write_config(tmp_path / "config.toml", up.url, fetch_timeout=9)))
    assert report.error is None
    assert pygit2.settings.server_timeout == 9000 and pygit2.settings.server_connect_timeout == 9000
