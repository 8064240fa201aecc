"""Keep a local git checkout of each source in step with its remote (pygit2).

The checkout is what users open PDFs from; the text extractor reads a blob there only
where the file is that blob, hashed as git would, else from the object database, so a
symlink or submodule in the tree is never followed. A first clone goes to a temporary
folder and is renamed into place, so a sync killed mid-clone leaves no half-made mirror behind.

The folder at mirror_dir/<name> may hold something of the user's. A mirror
carries a mark in its .git/config (MARK), written when it is cloned; anything
at that path without the mark is refused, never cloned over, and a marked
mirror that is damaged is moved aside, never deleted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pygit2
from pygit2.enums import CheckoutStrategy, FileMode, ObjectType, RepositoryOpenFlag

from clkarchive.config import Source
from clkarchive.errors import ClkError
from clkarchive.models import Failure
from clkarchive.sync import faults
from clkarchive.sync.remote import PROXY, REMOTE, check_local_url, check_url, fetch, remote_errors

MARK = "clkarchive.mirror"  # a key in .git/config: this repository is a mirror clkarchive made
log = logging.getLogger(__name__)

# libgit2 holds a whole blob in memory to check it out or read it, and maps the
# pack it comes from besides: a 200 MB file took the process to 430 MB. Blobs
# over this size are written by a short-lived child process instead (_COPY_CHILD).
IN_PROCESS_MAX = 32 << 20
_NOFOLLOW = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK  # a checked-out file, never a link or a FIFO
_NAME_MAX = 255  # bytes in one path component, on Linux file systems
_PATH_MAX = 4096  # bytes in a whole path, with its terminating NUL


@dataclass(frozen=True)
class TreeFile:
    """A regular file of the synced commit, known by its blob id."""

    path: str
    blob: str


@dataclass
class _Plan:
    """What a checkout leaves to others: entries it skips, and big blobs written by a child."""

    skipped: list[Failure] = field(default_factory=list)
    big: list[tuple[str, pygit2.Oid, int]] = field(default_factory=list)  # path, blob, size


class Mirror:
    """One source's checkout: fetch it, move it, list and read its files.

    After update(), `skipped` lists the tree entries that were not checked out
    (unsafe names, paths this file system cannot hold), each with its reason.
    """

    def __init__(self, source: Source, path: Path, max_file_mb: int = 100) -> None:
        self.source = source
        self.path = path
        self.max_file_bytes = max_file_mb << 20
        self.skipped: list[Failure] = []
        self._repo: pygit2.Repository | None = None

    @property
    def repo(self) -> pygit2.Repository:
        if self._repo is None:
            self._repo = pygit2.Repository(str(self.path), RepositoryOpenFlag.NO_SEARCH)
        return self._repo

    def update(self) -> str:
        """Fetch the source's branch and move the working tree to it; the commit id.

        Force-pushed or rewritten history is followed: the branch is reset to
        whatever the remote has now, as a mirror should.
        """
        self.skipped = []
        check_url(self.source)
        if not self._existing():
            return str(self._clone())
        repo = self.repo
        if repo.remotes[REMOTE].url != self.source.url:
            repo.remotes.set_url(REMOTE, self.source.url)
        commit = fetch(repo, self.source)
        faults.point("fetched")
        self._checkout(repo, commit)
        return str(commit)

    def _existing(self) -> bool:
        """Whether a sound mirror of ours is in place; refuses what is not ours.

        A damaged mirror is moved aside (and False returned, to clone again).
        An empty folder counts as no mirror: the clone is renamed over it.
        """
        if not os.path.lexists(self.path) or (
            self.path.is_dir() and not self.path.is_symlink() and not any(self.path.iterdir())
        ):
            return False
        self._check_ours()
        try:
            _check_sound(self.repo)
        except pygit2.GitError as exc:
            if "not owned by current user" in str(exc):
                raise ClkError(
                    f"{self.source.name}: {self.path} belongs to another user "
                    f"(uid {self.path.stat().st_uid}) "
                    "and git will not use a repository you do not own; sync as its owner, or if you trust it "
                    f"run `git config --global --add safe.directory {self.path}`"
                ) from None
            self._move_aside(str(exc))
            return False
        except (KeyError, ValueError) as exc:  # an object the mirror's own commit needs is gone
            self._move_aside(f"missing object {exc}")
            return False
        return True

    def _check_ours(self) -> None:
        """Refuse a folder clkarchive did not make; adopt a mirror an older clkarchive made."""
        config_file = self.path / ".git" / "config"
        refusal = (
            f"{self.source.name}: {self.path} exists and is not a mirror made by clkarchive, "
            "so the sync leaves it alone; move it away or set archive.mirror_dir to another folder"
        )
        if (self.path / ".git").is_symlink() or not config_file.is_file():
            raise ClkError(refusal)
        try:
            config = pygit2.Config(str(config_file))
            if MARK in config and config.get_bool(MARK):
                return
            settings = {entry.name: entry.value for entry in config}
        except pygit2.GitError as exc:
            raise ClkError(f"{refusal} (cannot read {config_file}: {exc})") from None
        if not _made_by_older_clkarchive(settings, self.source):
            raise ClkError(
                f"{refusal}; if it is a mirror of {self.source.url}, mark it with "
                f"`git -C {self.path} config {MARK} true`"
            )
        config[MARK] = True
        log.warning("%s: adopted %s, a mirror made by an older clkarchive", self.source.name, self.path)

    def _move_aside(self, problem: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        n = 1
        while os.path.lexists(aside):
            n += 1
            aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}-{n}")
        self._repo = None
        self.path.rename(aside)
        log.warning(
            "%s: mirror %s is damaged (%s); moved it to %s and cloning again",
            self.source.name,
            self.path,
            problem,
            aside,
        )

    def _checkout(self, repo: pygit2.Repository, commit: pygit2.Oid) -> None:
        """Point the branch at commit and make the working tree match it.

        Like `git reset --hard`, except for entries no checkout should write:
        unsafe names ('..', '.git', ...) and names and paths too long for the
        file system are skipped and recorded (and files() leaves them out: a
        talk the user cannot open is no talk); big blobs are written by a child
        process after the rest, or left out when over archive.max_file_mb.
        """
        plan = _Plan()
        branch = f"refs/heads/{self.source.branch}"
        try:
            root = len(os.fsencode(repo.workdir))  # with its trailing slash
            tree = _checkable(repo, repo[commit].peel(pygit2.Tree), plan, root)
            # libgit2 takes HEAD's tree for what is on disk; after a checkout that left
            # entries out, the index says it instead (a '.' in HEAD's tree cannot be removed).
            on_disk = repo.index.write_tree()
            if repo.head_is_unborn or repo.head.peel(pygit2.Tree).id != on_disk:
                repo.set_head(_placeholder(repo, on_disk))
            cast(Any, repo).checkout_tree(tree, strategy=CheckoutStrategy.FORCE)  # pygit2 leaves it untyped
        except (pygit2.GitError, KeyError, ValueError) as exc:
            raise ClkError(f"{self.source.name}: cannot check out {str(commit)[:12]}: {exc}") from None
        finally:
            if branch in repo.references:
                repo.set_head(branch)
        self.skipped = plan.skipped
        for failure in plan.skipped:
            log.warning("%s: %s %s", self.source.name, failure.path, failure.reason)
        for path, blob, size in plan.big:
            target = Path(repo.workdir) / path
            if size > self.max_file_bytes:
                log.warning(
                    "%s: %s not checked out: %d MB, over archive.max_file_mb (%d)",
                    self.source.name,
                    path,
                    size >> 20,
                    self.max_file_bytes >> 20,
                )
            elif not (
                target.is_file() and target.stat().st_size == size and pygit2.hashfile(str(target)) == blob
            ):
                target.parent.mkdir(parents=True, exist_ok=True)
                _write_blob(repo, str(blob), target, self.source.name)
        repo.references.create(branch, commit, force=True)
        repo.set_head(branch)

    def files(self, commit: str) -> list[TreeFile]:
        """Every regular file in the commit's tree that a checkout can write; symlinks, submodules,
        unsafe names and paths this file system cannot hold left out (and the last two listed in
        `skipped` by update()): a talk is a file the user can open."""
        left_out = {f.path for f in self.skipped}
        found: list[TreeFile] = []
        stack = [("", len(os.fsencode(self.path)) + 1, self.repo[commit].peel(pygit2.Tree))]
        while stack:
            prefix, used, tree = stack.pop()
            for entry in tree:
                raw_name, is_tree = _raw_name(entry), entry.filemode == FileMode.TREE
                path = f"{prefix}{_entry_name(entry)}"
                if _unsafe(raw_name) or _too_long(raw_name, used, is_tree) or path in left_out:
                    continue
                if is_tree:
                    stack.append((f"{path}/", used + len(raw_name) + 1, _tree(self.repo, entry.id)))
                elif entry.filemode in (FileMode.BLOB, FileMode.BLOB_EXECUTABLE):
                    found.append(TreeFile(path, str(entry.id)))
        return sorted(found, key=lambda f: f.path)

    def read(self, blob: str) -> bytes:
        """A small blob's bytes (an LFS pointer, say); decks are read by the extraction processes."""
        return _blob(self.repo, blob).data

    def size(self, blob: str) -> int:
        """The blob's size in bytes, from its header alone."""
        return self.repo.odb.read_header(blob)[1]

    def _clone(self) -> pygit2.Oid:
        """Clone into a new folder beside the mirror, then rename it into place.

        The clone is made bare into repo/.git and then given its working tree,
        so that the one checkout routine above serves both first and later syncs.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        check_local_url(self.source)
        tmp = Path(tempfile.mkdtemp(prefix=f".{self.source.name}.", dir=self.path.parent))
        try:
            with remote_errors(self.source):
                bare = pygit2.clone_repository(
                    self.source.url,
                    str(tmp / "repo" / ".git"),
                    bare=True,
                    repository=_new_repository,
                    checkout_branch=self.source.branch,
                    proxy=PROXY,
                )
            commit = bare.head.peel(pygit2.Commit).id
            bare.config["core.bare"] = False
            bare.free()
            repo = pygit2.Repository(str(tmp / "repo"))
            self._checkout(repo, commit)
            repo.free()
            # Only onto nothing or an empty folder: anything else here was refused before cloning.
            (tmp / "repo").rename(self.path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)  # our own temporary folder, nothing else
        return commit


# A child process that writes one blob to a file (or /dev/stdout). A loose
# object is inflated as it streams, in constant memory (libgit2 would read the
# whole file and then inflate it whole beside it); a packed one libgit2 inflates
# whole in this child alone, with small pack windows so the mapped pack does
# not double that. Either way the bytes are checked against the blob's id. It
# dies with the sync (SIGTERM from a cron timeout, say), as the workers do.
_COPY_CHILD = """
import ctypes, hashlib, os, signal, sys, zlib
ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
git_dir, blob, dest, parent = sys.argv[1:5]
if os.getppid() != int(parent):
    sys.exit("the sync that started it is gone")
with open(dest, "wb") as out:
    try:
        loose = open(f"{git_dir}/objects/{blob[:2]}/{blob[2:]}", "rb")
    except FileNotFoundError:
        import pygit2
        pygit2.settings.mwindow_size = 8 << 20
        pygit2.settings.mwindow_mapped_limit = 16 << 20
        repo = pygit2.Repository(git_dir, pygit2.enums.RepositoryOpenFlag.NO_SEARCH)
        out.write(memoryview(repo[blob]))
        sys.exit(0)
    inflate, digest, header, tail = zlib.decompressobj(), hashlib.sha1(), True, b""
    with loose:
        while tail or (tail := loose.read(1 << 20)):
            data = inflate.decompress(tail, 1 << 20)
            tail = inflate.unconsumed_tail
            digest.update(data)
            if header and data:
                header, data = False, data[data.index(b"\\0") + 1 :]
            out.write(data)
    if digest.hexdigest() != blob:
        sys.exit(f"object {blob} is corrupt")
"""


def _write_blob(repo: pygit2.Repository, blob: str, dest: Path, source: str) -> None:
    tmp = dest.with_name(f".{dest.name[:200]}.clkarchive-tmp")
    if repo.odb.read_header(blob)[1] <= IN_PROCESS_MAX:
        tmp.write_bytes(_blob(repo, blob).data)
    else:
        done = subprocess.run(
            [sys.executable, "-c", _COPY_CHILD, repo.path, blob, str(tmp), str(os.getpid())],
            capture_output=True,
        )
        if done.returncode:
            tmp.unlink(missing_ok=True)
            raise ClkError(f"{source}: cannot write blob {blob} to {dest}: {_last_line(done.stderr)}")
    tmp.replace(dest)


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else "the child process failed"


def _made_by_older_clkarchive(settings: dict[str, str | None], source: Source) -> bool:
    """A repository laid out as clkarchive cloned before it marked its mirrors.

    Its one remote is the source's url and symlinks are off, which git itself
    never sets on Linux: a user's own clone of the same upstream does not pass.
    """
    remotes = {key.split(".")[1] for key in settings if key.startswith("remote.") and key.endswith(".url")}
    return (
        remotes == {REMOTE}
        and settings.get(f"remote.{REMOTE}.url") == source.url
        and settings.get("core.symlinks") == "false"
        and settings.get("core.bare") == "false"
    )


def _check_sound(repo: pygit2.Repository) -> None:
    """Read everything the mirror's checked-out commit needs; libgit2 raises if any of it is gone."""
    if repo.is_bare:
        raise pygit2.GitError("it has no working tree")
    repo.index.read()
    stack = [repo.head.peel(pygit2.Tree)]
    odb = repo.odb
    while stack:
        for entry in stack.pop():
            if entry.filemode == FileMode.TREE:
                stack.append(_tree(repo, entry.id))
            elif entry.filemode != FileMode.COMMIT and entry.id not in odb:
                raise KeyError(str(entry.id))


def _tree(repo: pygit2.Repository, oid: pygit2.Oid | str) -> pygit2.Tree:
    tree = repo[oid]
    if not isinstance(tree, pygit2.Tree):
        raise pygit2.GitError(f"object {oid} is a {type(tree).__name__}, not a tree")
    return tree


def _blob(repo: pygit2.Repository, oid: pygit2.Oid | str) -> pygit2.Blob:
    blob = repo[oid]
    if not isinstance(blob, pygit2.Blob):
        raise pygit2.GitError(f"object {oid} is a {type(blob).__name__}, not a blob")
    return blob


def _raw_name(entry: pygit2.Object) -> bytes:
    return entry.raw_name or b""


def read_blob(mirror: Path, blob: str, path: str | None = None) -> bytes:
    """A blob's bytes, from the mirror's repository opened afresh: what a forked extraction
    process calls, leaving the sync's own pygit2 handle alone.

    path: where the checkout holds the blob. Its copy there is read instead if it is the blob:
    inflating CLK2024's decks again costs 0.37 s of CPU, reading and hashing their copies 0.04 s.
    """
    repo = pygit2.Repository(str(mirror))
    if path is not None and (data := _copy_of(mirror / path, blob, repo.odb.read_header(blob)[1])):
        return data
    return repo.read(blob)[1]


def _copy_of(file: Path, blob: str, size: int) -> bytes | None:
    """The file's bytes if it is a regular file (no symlink followed) of the blob's size whose bytes
    hash to the blob's id, as git hashes them; None for any other (an LFS deck, one edited by hand)."""
    with suppress(OSError), open(os.open(file, _NOFOLLOW), "rb") as f:
        if stat.S_ISREG((st := os.fstat(f.fileno())).st_mode) and st.st_size == size:
            data = f.read(size + 1)
            digest = hashlib.sha1(b"blob %d\0" % len(data))
            digest.update(data)
            return data if digest.hexdigest() == blob else None
    return None


def _entry_name(entry: pygit2.Object) -> str:
    """A tree entry's name as text; git stores bytes, and not every repository's are UTF-8."""
    return _raw_name(entry).decode("utf-8", "replace")


def _unsafe(name: bytes) -> bool:
    """A tree entry name that must never be written: it climbs out, or into .git, on some file system.

    The same names libgit2's checkout refuses, NTFS spellings of .git included,
    so that one such entry skips itself instead of failing the whole checkout.
    """
    if name in (b"", b".", b"..") or b"/" in name:
        return True
    return name.split(b":", 1)[0].rstrip(b". ").lower() in (b".git", b"git~1")


def _too_long(name: bytes, used: int, is_tree: bool) -> str | None:
    """Why this file system cannot hold a tree entry, if it cannot: its name, or its whole path (used:
    the bytes of its folder on disk, with the slash; a folder's own path is judged by its files)."""
    if len(name) > _NAME_MAX:
        return f"name too long for this file system ({len(name)} bytes; at most {_NAME_MAX})"
    if not is_tree and used + len(name) + 1 > _PATH_MAX:
        return f"path too long for this file system ({used + len(name)} bytes; at most {_PATH_MAX - 1})"
    return None


def _checkable(
    repo: pygit2.Repository, tree: pygit2.Tree, plan: _Plan, used: int, prefix: str = ""
) -> pygit2.Tree:
    """The tree without the entries a checkout must not write; they are noted in plan.

    used is the byte length of the tree's folder on disk, with its slash. The
    tree is rewritten from raw entries, since its names need not be valid text.
    """
    kept: list[bytes] = []
    changed = False
    for entry in tree:
        path = prefix + _entry_name(entry)
        raw_name, oid = _raw_name(entry), entry.id
        if _unsafe(raw_name):
            plan.skipped.append(Failure(path, "not checked out or indexed: unsafe name in the tree"))
        elif too_long := _too_long(raw_name, used, entry.filemode == FileMode.TREE):
            plan.skipped.append(Failure(path, f"not checked out or indexed: {too_long}"))
        elif entry.filemode == FileMode.TREE:
            subtree = _checkable(repo, _tree(repo, oid), plan, used + len(raw_name) + 1, f"{path}/")
            if len(subtree):
                kept.append(_raw_entry(entry.filemode, raw_name, subtree.id))
            changed = changed or subtree.id != oid
            continue
        elif (
            entry.filemode in (FileMode.BLOB, FileMode.BLOB_EXECUTABLE)
            and (size := repo.odb.read_header(oid)[1]) > IN_PROCESS_MAX
        ):
            plan.big.append((path, oid, size))
        else:
            kept.append(_raw_entry(entry.filemode, raw_name, oid))
            continue
        changed = True
    if not changed:
        return tree
    return _tree(repo, repo.odb.write(ObjectType.TREE, b"".join(kept)))


def _placeholder(repo: pygit2.Repository, tree: pygit2.Oid) -> pygit2.Oid:
    """A commit of tree, never referenced, for HEAD to stand on during a checkout.

    Its author and time are fixed, so the same tree gives the same commit and
    syncs that change nothing add no objects.
    """
    nobody = pygit2.Signature("clkarchive", "clkarchive@localhost", 0, 0)
    return repo.create_commit(None, nobody, nobody, "what the last checkout wrote", tree, [])


def _raw_entry(mode: int, name: bytes, oid: pygit2.Oid) -> bytes:
    return b"%o %s\0" % (mode, name) + oid.raw


def _new_repository(path: str, bare: bool) -> pygit2.Repository:
    repo = pygit2.init_repository(path, bare)
    repo.config[MARK] = True
    # Symlinks are checked out as small text files: nothing in the mirror can
    # point a reader at /etc/passwd.
    repo.config["core.symlinks"] = False
    return repo
