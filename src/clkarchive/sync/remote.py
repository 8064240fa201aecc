"""Talking to a source's upstream: which urls clkarchive accepts, and what libgit2's errors
mean to the user (a network remote may answer later; a local upstream that fails will not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

import pygit2

from clkarchive.config import Source
from clkarchive.errors import ClkError, UnreachableError

REMOTE = "origin"
# With PROXY, libgit2 finds the proxy as git does: http.proxy in git's config, else https_proxy (HTTPS_PROXY)
# from the environment, unless no_proxy names the host. Without it libgit2 connects directly whatever
# they say, while the LFS downloads (requests) go through the proxy. A plain http:// remote still is
# not proxied: libgit2 sends its requests to the host itself (libgit2 issue 5650).
PROXY: Final = True


def set_timeouts(seconds: float) -> None:
    """libgit2's limits for connecting to a remote and for each read from it.

    They are process-wide settings, so the process sets them once as it
    starts a sync, not each mirror for itself.
    """
    pygit2.settings.server_connect_timeout = int(seconds * 1000)
    pygit2.settings.server_timeout = int(seconds * 1000)


def local_path(url: str) -> Path | None:
    """The folder of a local upstream (a path or file:// url); None for a remote one."""
    if url.startswith("file://"):
        return Path(url.removeprefix("file://"))
    if "://" in url or (":" in url.split("/", 1)[0] and "@" in url):
        return None
    return Path(url)


_SCHEMES = ("https", "http", "ssh", "git", "file")  # what libgit2 fetches over
_HELPER = re.compile(r"(?:^|/)([A-Za-z][A-Za-z0-9+.-]*)::")  # git's <transport>::<address>
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://(?:[^/@]*@)?([^/]*)")
_SCP = re.compile(r"^[^/:]*@([^/:]*):")  # user@host:path


def check_url(source: Source) -> None:
    """Refuse, for good, a url that asks for a command rather than a repository.

    git runs `ext::` urls as commands, and ssh reads a host that begins with '-'
    as an option. libgit2 does neither, so nothing would run; but libgit2 would
    fail to reach them, and an unreachable remote is 'try again later' (exit
    75), which such a url will never get better at.
    """
    url, name = source.url, source.name
    if helper := _HELPER.search(url):
        raise ClkError(
            f"{name}: refused url {url!r}: '{helper.group(1)}::' asks git to run a remote helper "
            "('ext::' runs a command); give an https, ssh or git url, or a local path (sources.url)"
        )
    host = ""
    if scheme := _SCHEME.match(url):
        if scheme.group(1).lower() not in _SCHEMES:
            raise ClkError(
                f"{name}: refused url {url!r}: clkarchive fetches over {', '.join(_SCHEMES)}, "
                f"not {scheme.group(1)} (sources.url)"
            )
        host = scheme.group(2)
    elif scp := _SCP.match(url):
        host = scp.group(1)
    if host.startswith("-"):
        raise ClkError(
            f"{name}: refused url {url!r}: no host begins with '-', and ssh reads one that does as an "
            "option (sources.url)"
        )


def check_local_url(source: Source) -> None:
    """A local upstream that is not there will not come back by itself: not a 'try again later'."""
    if (path := local_path(source.url)) and not path.exists():
        raise ClkError(f"{source.name}: {source.url} does not exist (sources.url)")


@contextmanager
def remote_errors(source: Source) -> Iterator[None]:
    """Turn libgit2's errors into those a user can act on.

    A remote over the network may answer later (UnreachableError); a local
    upstream that fails (gone, a bad or missing object) will not by itself.
    """
    try:
        yield
    except pygit2.GitError as exc:
        if f"refs/remotes/{REMOTE}/{source.branch}" in str(exc):
            raise no_branch(source) from None
        if local_path(source.url):
            raise ClkError(f"{source.name}: cannot fetch {source.url}: {exc}") from None
        raise UnreachableError(f"{source.name}: cannot fetch {source.url}: {exc}") from None
    except KeyError:  # pygit2 raises a KeyError subclass for a missing branch on clone
        raise no_branch(source) from None


def no_branch(source: Source) -> ClkError:
    return ClkError(f"{source.name}: branch {source.branch!r} not found at {source.url}")


def fetch(repo: pygit2.Repository, source: Source) -> pygit2.Oid:
    """Fetch the branch into its remote-tracking ref and return its commit id."""
    branch = f"refs/heads/{source.branch}"
    tracking = f"refs/remotes/{REMOTE}/{source.branch}"
    remote = repo.remotes[REMOTE]
    check_local_url(source)
    with remote_errors(source):
        # Asked first: a branch deleted upstream would leave a stale tracking ref.
        if not any(head.name == branch for head in remote.list_heads(proxy=PROXY)):
            raise no_branch(source)
        remote.fetch([f"+{branch}:{tracking}"], proxy=PROXY)
    return repo.references[tracking].peel(pygit2.Commit).id
