"""Slide pages as pictures, rendered once with pypdfium2 and kept on disk by blob id and page.

A page is named by the blob id of its deck, so a renamed deck reuses its
pictures and a changed one (a new blob) renders afresh; the files never change
once written, which is what lets the web server send them with long-lived
cache headers. Rendering runs in processes of their own, under the same time
and memory limits as text extraction (they share extract's process set-up): a
hostile page costs its own process, never the server. Each process is forked
from a small fork server that has pypdfium2 and Pillow loaded already, so a
render starts in milliseconds, and not from the server itself, whose threads
a fork would copy mid-step.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
from PIL import Image

from clkarchive.extract import KILL_GRACE, _limit_process, _TimeLimit

# Widths in pixels: a grid thumbnail, and the slide viewer (sharp on a laptop's screen).
SIZES = {"thumb": 400, "view": 1440}
RENDERABLE = (".pdf",)
MAX_PIXELS = 1440 * 5760  # a page far taller than wide is drawn smaller, not in a huge bitmap
WEBP_QUALITY = 80
WEBP_METHOD = 2  # of 0-6: about four times faster to encode than the default 4, files a few % larger
_BROKEN = 2


@dataclass(frozen=True)
class Page:
    """One page of one deck: what to render, and where its pictures go."""

    file: Path
    blob: str
    number: int  # 1-based


class Renderer:
    """Pictures of PDF pages, from the cache or rendered now in a limited process."""

    def __init__(self, cache_dir: Path, *, timeout: float, memory_mb: int) -> None:
        self.cache_dir = cache_dir
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["clkarchive.render"])

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
        """Render a page at one size in its own process; whether its picture is now on disk.

        A page that raises is marked broken; one that runs out of time is
        not (the machine may only have been busy), so a later request tries again.
        """
        if self.broken(page.blob, page.number):
            return False
        output = self.path(page.blob, page.number, size)
        if output.is_file():
            return True
        output.parent.mkdir(parents=True, exist_ok=True)
        process = self._context.Process(
            target=_child, args=(page, SIZES[size], output, self.timeout, self.memory_mb), daemon=True
        )
        process.start()
        process.join(self.timeout + KILL_GRACE)
        if process.is_alive():
            process.kill()
            process.join()
        if process.exitcode == _BROKEN:
            self._marker(page.blob, page.number).touch()
        return output.is_file()

    def _marker(self, blob: str, number: int) -> Path:
        return self.cache_dir / blob[:2] / f"{blob}-{number}.broken"


def _child(page: Page, width: int, output: Path, timeout: float, memory_mb: int) -> None:
    _limit_process(memory_mb)
    signal.setitimer(signal.ITIMER_REAL, timeout, 1.0)
    try:
        render_page(page.file, page.number, width, output)
    except _TimeLimit:
        os._exit(1)
    except BaseException:  # a broken or hostile page: any failure is this page's alone
        os._exit(_BROKEN)
    os._exit(0)


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
