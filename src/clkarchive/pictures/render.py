"""Slide pages as pictures, rendered once with pypdfium2 and kept on disk by blob id and page.

A page is named by the blob id of its deck, so a renamed deck reuses its
pictures and a changed one (a new blob) renders afresh; the files never change
once written, which is what lets the web server send them with long-lived
cache headers. Rendering runs in a small pool of worker processes under the
same time and memory limits as text extraction (the set-up of
clkarchive.workers): a hostile page costs a worker, never the server. The workers are
started by a fork server that has pypdfium2 and Pillow loaded already, not
forked from the server itself, whose threads a fork would copy mid-step; they
stay up between renders, so a render costs about what drawing the page costs.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pypdfium2
from PIL import Image

from clkarchive.models import IMAGE_WIDTHS
from clkarchive.workers import KILL_GRACE, TimeLimit, alarm, limit_process

MAX_PIXELS = 1440 * 5760  # a page far taller than wide is drawn smaller, not in a huge bitmap
WEBP_QUALITY = 80
WEBP_METHOD = 2  # of 0-6: about four times faster to encode than the default 4, files a few % larger
SOFFICE = "soffice"  # LibreOffice, for .pptx slides as pictures
# Hidden slides too (LibreOffice 7.4+ reads these JSON options): the text index counts them, so the
# pictures' page numbers line up with the index's.
_PDF_WITH_HIDDEN_SLIDES = 'pdf:impress_pdf_Export:{"ExportHiddenSlides":{"type":"boolean","value":"true"}}'
_BROKEN = "broken"
MAX_RENDERS_PER_WORKER = 500  # then a fresh process, so PDFium's caches cannot grow for ever


@dataclass(frozen=True)
class Page:
    """One page of one deck: what to render, and where its pictures go."""

    file: Path
    blob: str
    number: int  # 1-based


def renderable(path: str) -> bool:
    """Whether pages of this file can be drawn: PDFs always, PowerPoint decks when LibreOffice is here."""
    suffix = PurePosixPath(path).suffix.lower()
    return suffix == ".pdf" or (suffix == ".pptx" and shutil.which(SOFFICE) is not None)


class Renderer:
    """Pictures of PDF pages, from the cache or drawn now by a pool of limited processes."""

    def __init__(self, cache_dir: Path, *, workers: int, timeout: float, memory_mb: int) -> None:
        self.cache_dir = cache_dir
        self.workers = workers
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._converting: dict[str, threading.Lock] = {}  # blob -> held while its deck becomes a PDF

    def path(self, blob: str, number: int, size: str) -> Path:
        return self.cache_dir / blob[:2] / f"{blob}-{number}-{size}.webp"

    def cached(self, blob: str, number: int, size: str) -> Path | None:
        """The picture if it is on disk already: the cheap path every later request takes."""
        path = self.path(blob, number, size)
        return path if path.is_file() else None

    def broken(self, blob: str, number: int) -> bool:
        """Whether this page failed to render before (a broken page is not retried each request)."""
        return self._marker(blob, number).exists()

    def render(self, page: Page, size: str) -> bool:
        """Render a page at one size in a worker process; whether its picture is now on disk.

        A page that raises is marked broken; one that runs out of time is
        not (the machine may only have been busy), so a later request tries again.
        A worker that its own alarm cannot stop (stuck inside PDFium) is killed
        with its pool, which the next render starts afresh.
        """
        if self.broken(page.blob, page.number):
            return False
        output = self.path(page.blob, page.number, size)
        if output.is_file():
            return True
        output.parent.mkdir(parents=True, exist_ok=True)
        pdf = page.file
        if page.file.suffix.lower() != ".pdf":  # converted once, kept beside its pictures
            pdf = self.cache_dir / page.blob[:2] / f"{page.blob}.pdf"
            if not pdf.is_file():
                with self._lock:
                    converting = self._converting.setdefault(page.blob, threading.Lock())
                with converting:  # the other pages of a deck being converted wait for its PDF
                    return self._run(page, pdf, size, output)
        return self._run(page, pdf, size, output)

    def _run(self, page: Page, pdf: Path, size: str, output: Path) -> bool:
        if output.is_file():
            return True
        pool = self._workers()
        job = (page.file, pdf, page.number, IMAGE_WIDTHS[size], output, self.timeout)
        try:
            future = pool.submit(_render_job, *job)
            outcome = future.result(timeout=self.timeout + KILL_GRACE)
        except TimeoutError:
            self._kill(pool)
            return False
        except BrokenProcessPool:  # a worker died (out of memory): its pool is of no more use
            self._kill(pool)
            return False
        if outcome == _BROKEN:
            self._marker(page.blob, page.number).touch()
        return output.is_file()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None

    def _workers(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["clkarchive.pictures.render"])
                self._pool = ProcessPoolExecutor(
                    self.workers,
                    mp_context=context,
                    initializer=limit_process,
                    initargs=(self.memory_mb,),
                    max_tasks_per_child=MAX_RENDERS_PER_WORKER,
                )
            return self._pool

    def _kill(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        # The executor offers no way to stop a running task; its processes are the only handle.
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def _marker(self, blob: str, number: int) -> Path:
        return self.cache_dir / blob[:2] / f"{blob}-{number}.broken"


def _render_job(file: Path, pdf: Path, number: int, width: int, output: Path, timeout: float) -> str:
    """In a worker: draw one page under the time limit; "ok", "slow" or _BROKEN, never an exception.

    A deck that is not a PDF is first converted to one (at pdf) by LibreOffice, within the same limit.
    """
    try:
        with alarm(timeout):
            if not pdf.is_file():
                convert_to_pdf(file, pdf, timeout)
            render_page(pdf, number, width, output)
    except TimeLimit:  # wherever the alarm strikes, even as it is being cleared
        return "slow"
    except Exception:  # a broken or hostile page (MemoryError included): this page's failure alone
        return _BROKEN
    return "ok"


def convert_to_pdf(deck: Path, pdf: Path, timeout: float) -> None:
    """A PowerPoint deck as a PDF, by LibreOffice without a display, with a profile of its own."""
    with tempfile.TemporaryDirectory(dir=pdf.parent, prefix=".convert.") as scratch:
        work = Path(scratch)
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                _PDF_WITH_HIDDEN_SLIDES,
                "--outdir",
                str(work),
                str(deck),
            ],
            capture_output=True,
            timeout=timeout,
            check=True,
        )
        os.replace(work / f"{deck.stem}.pdf", pdf)


def render_page(file: Path, number: int, width: int, output: Path) -> None:
    """Draw one PDF page `width` pixels wide (less for a very tall page) into a WebP file."""
    pdf = pypdfium2.PdfDocument(str(file))
    try:
        page = pdf[number - 1]
        page_width, page_height = page.get_size()
        scale = min(width / page_width, (MAX_PIXELS / (page_width * page_height)) ** 0.5)
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        pdf.close()
    _save(image, output)


def _save(image: Image.Image, path: Path) -> None:
    """Write atomically: a reader sees the whole picture or none."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".render.")
    try:
        with os.fdopen(fd, "wb") as f:
            image.save(f, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is as readable as the index
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
