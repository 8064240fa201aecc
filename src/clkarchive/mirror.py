"""Keep a local git checkout of each source in step with its remote (pygit2).

The checkout is what users open PDFs from; the text extractor reads blobs from
the object database instead, so a symlink or submodule in the tree is never
followed. A first clone goes to a temporary folder and is renamed into place,
so a sync killed mid-clone leaves no half-made mirror behind.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pygit2
from pygit2.enums import CheckoutStrategy, FileMode

from clkarchive import faults
from clkarchive.config import Source
from clkarchive.errors import ClkError, UnreachableError

REMOTE = "origin"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TreeFile:
    """A regular file of the synced commit, known by its blob id."""

    path: str
    blob: str


class Mirror:
    """One source's checkout: fetch it, move it, list and read its files."""

    def __init__(self, source: Source, path: Path, timeout: float = 60.0) -> None:
        self.source = source
        self.path = path
        self._repo: pygit2.Repository | None = None
        # libgit2's limits for connecting and for each read from an HTTP or SSH remote.
        pygit2.settings.server_connect_timeout = int(timeout * 1000)
        pygit2.settings.server_timeout = int(timeout * 1000)

    @property
    def repo(self) -> pygit2.Repository:
        if self._repo is None:
            self._repo = pygit2.Repository(str(self.path))
        return self._repo

    def update(self) -> str:
        """Fetch the source's branch and move the working tree to it; the commit id.

        Force-pushed or rewritten history is followed: the branch is reset to
        whatever the remote has now, as a mirror should.
        """
        if self._usable():
            try:
                return str(self._update_existing())
            except pygit2.GitError as exc:
                # Fetch errors are UnreachableError by now: this is local damage.
                log.warning(
                    "%s: mirror %s is damaged (%s); cloning it again", self.source.name, self.path, exc
                )
        return str(self._clone())

    def _update_existing(self) -> pygit2.Oid:
        repo = self.repo
        if repo.remotes[REMOTE].url != self.source.url:
            repo.remotes.set_url(REMOTE, self.source.url)
        commit = _fetch(repo, self.source)
        faults.point("fetched")
        self._checkout(repo, commit)
        return commit

    def _checkout(self, repo: pygit2.Repository, commit: pygit2.Oid) -> None:
        """Point the branch at commit and make the working tree match it.

        Like `git reset --hard`, except that a file whose name this file system
        cannot hold (a component over 255 bytes) is left out of the working
        tree instead of failing the whole checkout; its text is still indexed,
        since extraction reads blobs.
        """
        tree, skipped = _writable(repo, repo[commit].peel(pygit2.Tree))
        for path in skipped:
            log.warning("%s: %s not checked out: name too long for this file system", self.source.name, path)
        repo.checkout_tree(tree, strategy=CheckoutStrategy.FORCE)
        repo.references.create(f"refs/heads/{self.source.branch}", commit, force=True)
        repo.set_head(f"refs/heads/{self.source.branch}")

    def files(self, commit: str) -> list[TreeFile]:
        """Every regular file in the commit's tree; symlinks and submodules left out."""
        found: list[TreeFile] = []
        stack = [("", self.repo[commit].peel(pygit2.Tree))]
        while stack:
            prefix, tree = stack.pop()
            for entry in tree:
                name = _entry_name(entry)
                path = f"{prefix}{name}"
                if entry.filemode == FileMode.TREE:
                    stack.append((f"{path}/", self.repo[entry.id]))
                elif entry.filemode in (FileMode.BLOB, FileMode.BLOB_EXECUTABLE):
                    found.append(TreeFile(path, str(entry.id)))
        return sorted(found, key=lambda f: f.path)

    def read(self, blob: str) -> bytes:
        return self.repo[blob].data

    def smudge(self, path: str, data: bytes) -> None:
        """Put a deck's real bytes where git checked out its LFS pointer, as git-lfs would."""
        target = self.path / path
        if target.is_file() and target.stat().st_size != len(data):
            target.write_bytes(data)

    def size(self, blob: str) -> int:
        """The blob's size in bytes, from its header alone."""
        return self.repo.odb.read_header(blob)[1]

    def _usable(self) -> bool:
        if not self.path.exists():
            return False
        try:
            repo = self.repo
            return REMOTE in repo.remotes.names() and not repo.is_bare
        except pygit2.GitError:
            log.warning("%s: %s is not a usable git repository; cloning again", self.source.name, self.path)
            self._repo = None
            return False

    def _clone(self) -> pygit2.Oid:
        """Clone into a new folder beside the mirror, then swap it in.

        The clone is made bare into repo/.git and then given its working tree,
        so that the one checkout routine above serves both first and later syncs.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{self.source.name}.", dir=self.path.parent))
        try:
            with _remote_errors(self.source):
                bare = pygit2.clone_repository(
                    self.source.url,
                    str(tmp / "repo" / ".git"),
                    bare=True,
                    repository=_new_repository,
                    checkout_branch=self.source.branch,
                )
            commit = bare.head.target
            bare.config["core.bare"] = False
            bare.free()
            repo = pygit2.Repository(str(tmp / "repo"))
            self._checkout(repo, commit)
            repo.free()
            if self.path.exists():
                shutil.rmtree(self.path)  # a broken mirror: nothing in it was the user's
            (tmp / "repo").rename(self.path)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        self._repo = None
        return commit


def _entry_name(entry: pygit2.Object) -> str:
    """A tree entry's name as text; git stores bytes, and not every repository's are UTF-8."""
    return entry.raw_name.decode("utf-8", "replace")


_NAME_MAX = 255  # bytes in one path component, on Linux file systems


def _writable(repo: pygit2.Repository, tree: pygit2.Tree, prefix: str = "") -> tuple[pygit2.Tree, list[str]]:
    """The tree without entries whose names the file system cannot hold, and their paths."""
    skipped: list[str] = []
    builder = None
    for entry in tree:
        path = prefix + _entry_name(entry)
        if len(entry.raw_name) > _NAME_MAX:
            skipped.append(path)
            builder = builder or repo.TreeBuilder(tree)
            builder.remove(entry.name)
        elif entry.filemode == FileMode.TREE:
            subtree, below = _writable(repo, repo[entry.id], f"{path}/")
            if below:
                skipped += below
                builder = builder or repo.TreeBuilder(tree)
                builder.insert(entry.name, subtree.id, entry.filemode)
    return (repo[builder.write()] if builder else tree), skipped


def _new_repository(path: str, bare: bool) -> pygit2.Repository:
    repo = pygit2.init_repository(path, bare)
    # Symlinks are checked out as small text files: nothing in the mirror can
    # point a reader at /etc/passwd.
    repo.config["core.symlinks"] = False
    return repo


@contextmanager
def _remote_errors(source: Source) -> Iterator[None]:
    """Turn libgit2's errors into the two a user can act on."""
    try:
        yield
    except pygit2.GitError as exc:
        if f"refs/remotes/{REMOTE}/{source.branch}" in str(exc):
            raise _no_branch(source) from None
        raise UnreachableError(f"{source.name}: cannot fetch {source.url}: {exc}") from None
    except KeyError:  # pygit2 raises a KeyError subclass for a missing branch on clone
        raise _no_branch(source) from None


def _no_branch(source: Source) -> ClkError:
    return ClkError(f"{source.name}: branch {source.branch!r} not found at {source.url}")


def _fetch(repo: pygit2.Repository, source: Source) -> pygit2.Oid:
    """Fetch the branch into its remote-tracking ref and return its commit id."""
    branch = f"refs/heads/{source.branch}"
    tracking = f"refs/remotes/{REMOTE}/{source.branch}"
    remote = repo.remotes[REMOTE]
    with _remote_errors(source):
        # Asked first: a branch deleted upstream would leave a stale tracking ref.
        if not any(head.name == branch for head in remote.list_heads()):
            raise _no_branch(source)
        remote.fetch([f"+{branch}:{tracking}"])
    return repo.references[tracking].target
