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

A PowerPoint deck is converted to a PDF by LibreOffice where it is installed
(it draws as PowerPoint would); elsewhere each slide is drawn from its XML by
pptx_draw, a likeness rather than a copy. A picture file (an agenda poster)
is its own single page, scaled; an agenda-only talk's picture is its row cut
from the poster.
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


Crop = tuple[int, int, int, int]  # x0, y0, x1, y1 in a picture's pixels


@dataclass(frozen=True)
class Page:
    """One page of one deck (or a part of a picture): what to render, and where its pictures go."""

    file: Path
    blob: str
    number: int  # 1-based
    crop: Crop | None = None  # of a picture file: only this rectangle (an agenda talk's row)

    @property
    def name(self) -> str:
        """The page's part of its pictures' file names."""
        return str(self.number) if self.crop is None else "row-" + "-".join(map(str, self.crop))


IMAGE_SUFFIXES = (".webp", ".png", ".jpg", ".jpeg")


def renderable(path: str) -> bool:
    """Whether pages of this file can be drawn: PDFs, PowerPoint decks, and pictures (a poster)."""
    return _how(path) != ""


def _how(path: str | Path) -> str:
    """How a file's pages are drawn: "pdf", "soffice" (converted to a PDF first), "pptx" (drawn from its
    XML), "image", or "" when they cannot be."""
    suffix = PurePosixPath(str(path)).suffix.lower()
    if suffix == ".pptx":
        return "soffice" if shutil.which(SOFFICE) is not None else "pptx"
    return "pdf" if suffix == ".pdf" else "image" if suffix in IMAGE_SUFFIXES else ""


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

    def path(self, blob: str, number: int | str, size: str) -> Path:
        """Where a page's picture goes; number is a Page's name for a part of a picture."""
        return self.cache_dir / blob[:2] / f"{blob}-{number}-{size}.webp"

    def cached(self, blob: str, number: int, size: str) -> Path | None:
        """The picture if it is on disk already: the cheap path every later request takes."""
        path = self.path(blob, number, size)
        return path if path.is_file() else None

    def broken(self, blob: str, number: int | str) -> bool:
        """Whether this page failed to render before (a broken page is not retried each request)."""
        return self._marker(blob, number).exists()

    def render(self, page: Page, size: str) -> bool:
        """Render a page at one size in a worker process; whether its picture is now on disk.

        A page that raises is marked broken; one that runs out of time is
        not (the machine may only have been busy), so a later request tries again.
        A worker that its own alarm cannot stop (stuck inside PDFium) is killed
        with its pool, which the next render starts afresh.
        """
        if self.broken(page.blob, page.name):
            return False
        output = self.path(page.blob, page.name, size)
        if output.is_file():
            return True
        output.parent.mkdir(parents=True, exist_ok=True)
        pdf = page.file
        if _how(page.file) == "soffice":  # converted once, kept beside its pictures
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
        job = (page, pdf, IMAGE_WIDTHS[size], output, self.timeout)
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
            self._marker(page.blob, page.name).touch()
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
                context.set_forkserver_preload(
                    ["clkarchive.pictures.render", "clkarchive.pictures.pptx_draw", "pptx"]
                )
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

    def _marker(self, blob: str, number: int | str) -> Path:
        return self.cache_dir / blob[:2] / f"{blob}-{number}.broken"


def _render_job(page: Page, pdf: Path, width: int, output: Path, timeout: float) -> str:
    """In a worker: draw one page under the time limit; "ok", "slow" or _BROKEN, never an exception.

    A deck LibreOffice converts is first converted to a PDF (at pdf), within the same limit.
    """
    try:
        with alarm(timeout):
            how = _how(page.file)
            if how == "pptx":
                from clkarchive.pictures.pptx_draw import draw_slide

                _save(draw_slide(page.file, page.number, width), output)
            elif how == "image":
                draw_picture(page.file, width, output, page.crop)
            else:
                if not pdf.is_file():
                    convert_to_pdf(page.file, pdf, timeout)
                render_page(pdf, page.number, width, output)
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


def draw_picture(file: Path, width: int, output: Path, crop: Crop | None = None) -> None:
    """A picture file (a poster), or the crop of it, `width` pixels wide (less for a very tall one)."""
    with Image.open(file) as opened:
        image = opened.convert("RGB")
    if crop is not None:  # within the picture: a row found from OCR boxes may reach past its edge
        x0, y0, x1, y1 = crop
        image = image.crop((max(0, x0), max(0, y0), min(image.width, x1), min(image.height, y1)))
    scale = min(width / image.width, (MAX_PIXELS / (image.width * image.height)) ** 0.5)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    _save(image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0), output)


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
