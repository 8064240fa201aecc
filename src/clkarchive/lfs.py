"""Git LFS: fetch the real deck behind a pointer blob, check it, and keep it.

Some conference repositories stored their decks in Git LFS, so the blob in
git is a small text pointer (oid and size) and the deck itself lives on an LFS
server. We speak the LFS batch API (POST {endpoint}/objects/batch, then GET
the href it gives), check the download against the pointer's sha256 and size,
and cache it where git-lfs itself would: .git/lfs/objects/ab/cd/abcd... in
the mirror, so a deck is downloaded once.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from clkarchive.config import Source

_POINTER = re.compile(
    rb"^version https://git-lfs\.github\.com/spec/v1\noid sha256:([0-9a-f]{64})\nsize (\d+)\n"
)
_MEDIA_TYPE = "application/vnd.git-lfs+json"
MAX_POINTER_SIZE = 1024  # git-lfs never writes a bigger pointer


class LfsError(Exception):
    """A deck stored in LFS could not be had; the sync reports it and retries next time."""


@dataclass(frozen=True)
class Pointer:
    oid: str
    size: int


def pointer(data: bytes) -> Pointer | None:
    """The LFS pointer this blob is, if it is one."""
    if len(data) > MAX_POINTER_SIZE:
        return None
    m = _POINTER.match(data)
    return Pointer(m.group(1).decode(), int(m.group(2))) if m else None


def endpoint(source: Source) -> str | None:
    """The source's LFS endpoint: lfs_url, else git-lfs's default for an http(s) remote."""
    if source.lfs_url:
        return source.lfs_url.rstrip("/")
    if source.url.startswith(("http://", "https://")):
        url = source.url.rstrip("/")
        return f"{url if url.endswith('.git') else url + '.git'}/info/lfs"
    return None


class LfsStore:
    """Downloads LFS objects into a git-lfs style cache and hands out their bytes."""

    def __init__(self, endpoint: str | None, cache: Path, timeout: float) -> None:
        self.endpoint = endpoint
        self.cache = cache
        self.timeout = timeout

    def _path(self, ptr: Pointer) -> Path:
        return self.cache / ptr.oid[:2] / ptr.oid[2:4] / ptr.oid

    def cached(self, ptr: Pointer) -> bytes | None:
        """The object's bytes if the cache holds it intact."""
        path = self._path(ptr)
        if path.is_file():
            data = path.read_bytes()
            if _matches(data, ptr):
                return data
        return None

    def get(self, ptr: Pointer) -> bytes:
        if (data := self.cached(ptr)) is not None:
            return data
        cached = self._path(ptr)
        data = self._download(ptr)
        if not _matches(data, ptr):
            raise LfsError(f"LFS object {ptr.oid[:12]} does not match its pointer (sha256 or size differ)")
        cached.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cached.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, cached)
        return data

    def _download(self, ptr: Pointer) -> bytes:
        if not self.endpoint:
            raise LfsError("stored in Git LFS, but the source has no LFS endpoint (set lfs_url)")
        import requests  # only a sync that meets an LFS pointer pays for importing it

        headers = {"Accept": _MEDIA_TYPE, "Content-Type": _MEDIA_TYPE}
        request = {
            "operation": "download",
            "transfers": ["basic"],
            "objects": [{"oid": ptr.oid, "size": ptr.size}],
        }
        try:
            answer = requests.post(
                f"{self.endpoint}/objects/batch", json=request, headers=headers, timeout=self.timeout
            )
            answer.raise_for_status()
            (obj,) = answer.json()["objects"]
            if "error" in obj:
                raise LfsError(f"LFS server: {obj['error'].get('message', obj['error'])}")
            action = obj["actions"]["download"]
            download = requests.get(action["href"], headers=action.get("header", {}), timeout=self.timeout)
            download.raise_for_status()
            return download.content
        except (requests.RequestException, ValueError, KeyError) as exc:
            raise LfsError(f"LFS download failed: {exc}") from None


def _matches(data: bytes, ptr: Pointer) -> bool:
    return len(data) == ptr.size and hashlib.sha256(data).hexdigest() == ptr.oid
