"""Git LFS: the one place that answers "where are this deck's real bytes?".

Some conference repositories stored their decks in Git LFS, so the blob in
git is a small text pointer (oid and size) and the deck itself lives on an LFS
server. This module reads pointers, keeps a git-lfs style cache
(.git/lfs/objects/ab/cd/abcd... in the mirror), downloads what the cache
lacks through the batch API (POST {endpoint}/objects/batch, then GET each
href), copies cached decks over the pointer files a checkout writes, and
gives whoever reads a blob (text extraction, OCR) the bytes it stands for.

An LFS server is someone else's machine, so every download is bounded: it
streams into a temporary file in the cache, hashed as it arrives, and stops
the moment it passes the pointer's size; the batch reply is read up to a cap
and checked field by field; every object has a deadline and all the LFS work
of a sync has one; a few objects download at once. Only an object whose
sha256 and size match is renamed into the cache, so a cached object is
trusted by its size alone and never hashed again. Whatever goes wrong is that
deck's failure (LfsError's text), never the sync's.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
import time
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clkarchive._version import __version__
from clkarchive.config import Source
from clkarchive.sync.mirror import read_blob

if TYPE_CHECKING:  # requests is imported only by a sync that downloads something
    import requests

_POINTER = re.compile(
    rb"^version https://git-lfs\.github\.com/spec/v1\noid sha256:([0-9a-f]{64})\nsize (\d+)\n"
)
_MEDIA_TYPE = "application/vnd.git-lfs+json"
MAX_POINTER_SIZE = 1024  # git-lfs never writes a bigger pointer
PARALLEL = 4  # downloads at once: enough to hide a slow server's latency, polite to it
BATCH = 100  # objects per batch request, as git-lfs asks
_CHUNK = 64 * 1024
# A batch reply holds an href (signed URLs run to a few KiB) and headers per object.
_REPLY_BASE, _REPLY_PER_OBJECT = 64 * 1024, 16 * 1024
# All LFS work of one sync, in units of fetch_timeout; what is left over is retried next sync.
SYNC_BUDGET = 5


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


def session() -> requests.Session:
    """One HTTP session for a sync's LFS work: a User-Agent, kept-alive connections, and a
    few retries for a server that is briefly unwell (as grokmirror's get_requests_session)."""
    import requests
    from requests.adapters import HTTPAdapter
    from urllib3.util.retry import Retry

    retry = Retry(
        total=2,
        read=0,  # a read that timed out already spent its time; the deadlines decide
        backoff_factor=0.5,
        status_forcelist=(429, 500, 502, 503, 504),
        allowed_methods=frozenset({"GET", "POST"}),  # the batch POST only reads
        respect_retry_after_header=False,  # a server must not make us sleep for a day
        raise_on_status=False,
    )
    s = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_maxsize=PARALLEL)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.max_redirects = 5
    s.headers.update({"User-Agent": f"clkarchive/{__version__}", "Accept-Encoding": "identity"})
    return s


class LfsStore:
    """The LFS objects of one mirror: its cache, and the server it downloads from."""

    def __init__(self, endpoint: str | None, cache: Path, timeout: float, parallel: int = PARALLEL) -> None:
        self.endpoint = endpoint
        self.cache = cache
        self.timeout = timeout
        self.parallel = parallel

    def path(self, ptr: Pointer) -> Path:
        """Where the cache keeps the object (present or not)."""
        return self.cache / ptr.oid[:2] / ptr.oid[2:4] / ptr.oid

    def has(self, ptr: Pointer) -> bool:
        """Whether the cache holds the object; it was hashed on its way in, so its size will do."""
        try:
            return self.path(ptr).stat().st_size == ptr.size
        except OSError:
            return False

    def fetch(self, pointers: Collection[Pointer]) -> dict[str, str]:
        """Download the objects the cache lacks; the reason for each oid that could not be had."""
        missing = sorted({p for p in pointers if not self.has(p)}, key=lambda p: p.oid)
        if not missing:
            return {}
        if not self.endpoint:
            reason = "stored in Git LFS, but the source has no LFS endpoint (set lfs_url)"
            return {p.oid: reason for p in missing}
        waves = math.ceil(len(missing) / self.parallel)
        job = _Fetch(self, session(), time.monotonic() + self.timeout * min(SYNC_BUDGET, 1 + waves))
        try:
            return job.run(missing)
        finally:
            job.http.close()

    def smudge(self, root: Path, paths: Iterable[str]) -> int:
        """Put cached decks where a checkout wrote their pointers, as git-lfs would; how many.

        Only small files are opened (a pointer is at most 1 KiB), so a checkout
        whose decks are real files costs a stat each.
        """
        count = 0
        for path in paths:
            target = root / path
            try:
                if target.is_symlink() or target.stat().st_size > MAX_POINTER_SIZE:
                    continue
                ptr = pointer(target.read_bytes())
            except OSError:
                continue  # not checked out (a name too long for this file system)
            if ptr and self.has(ptr):
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".clkarchive-")
                os.close(fd)
                shutil.copyfile(self.path(ptr), tmp)
                os.replace(tmp, target)
                count += 1
        return count


class DeckBytes:
    """A source's blobs as the bytes they stand for: a pointer's deck from the LFS cache, any
    other blob as git holds it.

    Called in worker processes, so each call opens the mirror's repository
    afresh and holds nothing the sync's own handles share.
    """

    def __init__(self, source: Source, checkout: Path, timeout: float) -> None:
        self.checkout = checkout
        self.lfs = LfsStore(endpoint(source), checkout / ".git" / "lfs" / "objects", timeout)

    def __call__(self, blob: str, path: str | None = None) -> bytes:
        """path: where the checkout holds the blob, read from there if it is the blob (read_blob)."""
        raw = read_blob(self.checkout, blob, path)
        ptr = pointer(raw)
        if ptr is None:
            return raw
        if not self.lfs.has(ptr):  # fetched before its text was read; gone from the cache since
            raise LfsError(f"LFS object {ptr.oid[:12]} is not in the LFS cache")
        return self.lfs.path(ptr).read_bytes()


class _Fetch:
    """One sync's downloads: batch requests, then a few objects at a time, all under deadlines."""

    def __init__(self, store: LfsStore, http: requests.Session, deadline: float) -> None:
        self.store, self.http, self.deadline = store, http, deadline

    def run(self, missing: list[Pointer]) -> dict[str, str]:
        from concurrent.futures import ThreadPoolExecutor

        failed: dict[str, str] = {}
        actions: dict[Pointer, dict[str, Any]] = {}
        for start in range(0, len(missing), BATCH):
            chunk = missing[start : start + BATCH]
            try:
                found, errors = self._batch(chunk)
            except LfsError as exc:
                failed |= {p.oid: str(exc) for p in chunk}
                continue
            actions |= found
            failed |= errors
        with ThreadPoolExecutor(max_workers=self.store.parallel) as pool:
            outcomes = zip(actions, pool.map(self._download_or_reason, actions.items()), strict=True)
            failed |= {ptr.oid: reason for ptr, reason in outcomes if reason}
        return failed

    def _batch(self, chunk: list[Pointer]) -> tuple[dict[Pointer, dict[str, Any]], dict[str, str]]:
        """Ask the server for the download actions of these objects: (actions, reasons by oid)."""
        import requests

        request: dict[str, Any] = {
            "operation": "download",
            "transfers": ["basic"],
            "objects": [{"oid": p.oid, "size": p.size} for p in chunk],
        }
        headers = {"Accept": _MEDIA_TYPE, "Content-Type": _MEDIA_TYPE}
        cap = _REPLY_BASE + _REPLY_PER_OBJECT * len(chunk)
        deadline = min(self.deadline, time.monotonic() + self.store.timeout)
        url = f"{self.store.endpoint}/objects/batch"
        try:
            answer = self.http.post(url, json=request, headers=headers, stream=True, timeout=self._timeout())
            with answer as r:
                if r.status_code != 200:
                    raise LfsError(f"LFS download failed: batch request: HTTP {r.status_code} from {url}")
                body = bytearray()
                for part in _chunks(r, deadline):
                    body += part
                    if len(body) > cap:
                        raise LfsError(f"LFS download failed: batch reply over {cap // 1024} KiB: refused")
            reply = json.loads(body)
        except requests.RequestException as exc:
            raise LfsError(f"LFS download failed: batch request: {_http_problem(exc)}") from None
        except ValueError as exc:  # UnicodeDecodeError is one too
            raise LfsError(f"LFS download failed: batch reply is not JSON: {exc}") from None
        objects = reply.get("objects") if isinstance(reply, dict) else None
        if not isinstance(objects, list):
            raise LfsError("LFS download failed: batch reply has no list of objects")
        wanted = {p.oid: p for p in chunk}
        found: dict[Pointer, dict[str, Any]] = {}
        errors: dict[str, str] = {}
        for obj in objects:
            ptr = wanted.get(str(obj.get("oid"))) if isinstance(obj, dict) else None
            if ptr is None or ptr in found or ptr.oid in errors:
                continue
            try:
                found[ptr] = _download_action(obj)
            except LfsError as exc:
                errors[ptr.oid] = str(exc)
        for oid in wanted.keys() - errors.keys() - {p.oid for p in found}:
            errors[oid] = "LFS server did not answer for this object"
        return found, errors

    def _download_or_reason(self, item: tuple[Pointer, dict[str, Any]]) -> str | None:
        ptr, action = item
        try:
            self._download(ptr, action)
        except LfsError as exc:
            return str(exc)
        return None

    def _download(self, ptr: Pointer, action: dict[str, Any]) -> None:
        """Stream the object into the cache; it is renamed into place only if it matches its pointer."""
        import requests

        if time.monotonic() >= self.deadline:
            raise LfsError("LFS download not started: this sync's time for LFS ran out; retried next sync")
        deadline = min(self.deadline, time.monotonic() + self.store.timeout)
        target = self.store.path(ptr)
        tmpdir = self.store.cache.parent / "tmp"  # where git-lfs keeps its partial downloads
        tmpdir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=tmpdir, prefix=f"{ptr.oid[:12]}.")
        try:
            digest, size = hashlib.sha256(), 0
            with (
                os.fdopen(fd, "wb") as out,
                self.http.get(
                    action["href"], headers=action["header"], stream=True, timeout=self._timeout()
                ) as r,
            ):
                if r.status_code != 200:
                    raise LfsError(f"LFS download failed: HTTP {r.status_code}")
                for part in _chunks(r, deadline):
                    size += len(part)
                    if size > ptr.size:
                        raise LfsError(f"LFS object {ptr.oid[:12]} is bigger than its pointer says: refused")
                    digest.update(part)
                    out.write(part)
            if size != ptr.size or digest.hexdigest() != ptr.oid:
                raise LfsError(
                    f"LFS object {ptr.oid[:12]} does not match its pointer (sha256 or size differ)"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except requests.RequestException as exc:
            raise LfsError(f"LFS download failed: {_http_problem(exc)}") from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def _timeout(self) -> tuple[float, float]:
        """(connect, read) limits for one request, never past the sync's LFS deadline."""
        left = max(0.1, min(self.store.timeout, self.deadline - time.monotonic()))
        return (left, left)


def _chunks(response: requests.Response, deadline: float) -> Iterable[bytes]:
    """The body as it arrives, one socket read at a time, until the deadline.

    read1 returns whatever one read brings, so a server dripping a byte at a
    time is checked against the deadline after every byte, not after 64 KiB.
    """
    while part := response.raw.read1(_CHUNK):
        yield part
        if time.monotonic() > deadline:
            raise LfsError("LFS server too slow: gave up at this object's deadline (archive.fetch_timeout)")


def _http_problem(exc: requests.RequestException) -> str:
    """What went wrong, in a line that stays the same from one sync to the next (requests'
    own messages carry object addresses), so a failure repeated is not news."""
    import requests

    url = exc.request.url if exc.request is not None else None
    where = f" ({url!s})" if url else ""
    if isinstance(exc, requests.Timeout):
        return f"no answer within archive.fetch_timeout{where}"
    if isinstance(exc, requests.TooManyRedirects):
        return f"too many redirects{where}"
    if isinstance(exc, requests.ConnectionError):
        return f"cannot connect{where}"
    return f"{type(exc).__name__}{where}"


def _download_action(obj: dict[str, Any]) -> dict[str, Any]:
    """The href and headers a batch reply gives for one object, checked, or why there are none."""
    if "error" in obj:
        error = obj["error"]
        message = error.get("message") if isinstance(error, dict) else error
        raise LfsError(f"LFS server: {str(message)[:200]}")
    actions = obj.get("actions")
    download = actions.get("download") if isinstance(actions, dict) else None
    href = download.get("href") if isinstance(download, dict) else None
    if not isinstance(href, str) or not href.startswith(("http://", "https://")):
        raise LfsError("LFS server gave no download link for this object")
    header = download.get("header", {}) if isinstance(download, dict) else {}
    if not isinstance(header, dict) or not all(isinstance(v, str) for v in header.values()):
        raise LfsError("LFS server gave malformed headers for this object")
    return {"href": href, "header": {str(k): v for k, v in header.items()}}
