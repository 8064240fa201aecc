"""The OCR pass of a sync: pictures read after the text is published.

Which pictures: every image file of a source (the agenda posters), every PDF
page and every PowerPoint slide whose text holds fewer than LITTLE_TEXT
characters (a PDF page is rendered whole; on a slide, its pictures are read).
OCR is slow (half a minute for a poster, one to two seconds for a page), so
it runs after the sync has committed the text: search works meanwhile, and
this pass publishes what it read in a commit of its own.

Like text extraction, it runs in worker processes (clkarchive.workers) under the
same time and memory limits, and what it reads is kept by blob id (one "ocr"
document per blob), so a renamed or copied file is not read again, and a file
the pass has been over (its file document says `ocr`) is not looked at again
until a sync brings a new version of it.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from clkarchive import workers
from clkarchive.index import Store
from clkarchive.models import Failure, IndexedFile, PageText
from clkarchive.pictures import ocr
from clkarchive.pictures.ocr import IMAGE_SUFFIXES
from clkarchive.workers import Failed, Limits

if TYPE_CHECKING:
    from clkarchive.models import Progress

log = logging.getLogger(__name__)

# A page with fewer non-blank characters than this is read as a picture. Of CLK2024's 424 PDF pages,
# 20 have no text and 76 fewer than 20 characters: the shared image-only cover, picture title slides
# and diagrams, whose text layers hold a page number or a stray word at most. 20 catches those and
# leaves every page that holds a sentence alone.
LITTLE_TEXT = 20


@dataclass
class OcrReport:
    """What one source's OCR pass did."""

    pages: int = 0  # pages whose text now comes from OCR
    failures: list[Failure] = field(default_factory=list)


@dataclass(frozen=True)
class _Job:
    """One blob to read: which of its pages, and how."""

    blob: str
    suffix: str
    pages: tuple[int, ...]  # 1-based


Pages = dict[int, list[ocr.OcrBox]]  # what OCR read in a file: the boxes of each page read (1-based)


@dataclass(frozen=True)
class Reading:
    """What the sync hands the pass: how to get a file's bytes, and how its text pass wrote text."""

    read: Callable[[str], bytes]  # a blob's real bytes (an LFS deck's from the cache); called in workers
    normalize: Callable[[str], str]  # OCR text written as page text is, so that the two compare
    limits: Limits


def run(store: Store, source: str, reading: Reading, progress: Progress | None = None) -> OcrReport:
    """Read the pictures of the source's files that the pass has not been over; publish in one commit."""
    report = OcrReport()
    files = {f.talk.path: f for f in store.files(source) if not f.ocr_done and f.talk.kind != "agenda"}
    if not files:
        return report
    pages = store.pages(source)
    jobs = {path: job for path in files if (job := _job(files[path], pages.get(path, [])))}
    if not ocr.available():
        if jobs:
            log.warning(
                "%s: OCR is not installed: %d files with pictures to read (posters, image-only pages) "
                "stay unread (%s)",
                source,
                len(jobs),
                ocr.INSTALL_HINT,
            )
        return report
    cached = store.ocr_results()
    to_read = {job.blob: job for job in jobs.values() if job.blob not in cached}
    paths = {job.blob: path for path, job in jobs.items()}
    read = _read(source, to_read, paths, reading, progress, report)

    with store.update() as update:
        for blob, found in read.items():
            update.set_ocr(blob, ocr.pages_to_json(found))
        for path, job in jobs.items():
            found = read[job.blob] if job.blob in read else ocr.pages_from_json(cached[job.blob])
            merged, ocr_pages = _merged(files[path], pages.get(path, []), found, reading.normalize)
            report.pages += ocr_pages
            update.rewrite_pages(files[path], merged)
        for path in files.keys() - jobs.keys():  # nothing to read in it: only say the pass was here
            update.mark_ocr_done(files[path])
        update.drop_unused_ocr()
    return report


def _job(file: IndexedFile, pages: list[PageText]) -> _Job | None:
    """What there is to read in a file, if anything."""
    suffix = PurePosixPath(file.talk.path).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return _Job(file.blob, suffix, (1,))
    if file.talk.kind != "slides" or suffix not in (".pdf", ".pptx"):
        return None
    if not file.pages:  # its text could not be had (a failed download, not a PDF): nor can OCR
        return None
    little = tuple(p.page for p in pages if _chars(p.text) < LITTLE_TEXT)
    return _Job(file.blob, suffix, little) if little else None


def _chars(text: str) -> int:
    return sum(not c.isspace() for c in text)


def _read(
    source: str,
    jobs: dict[str, _Job],
    paths: dict[str, str],
    reading: Reading,
    progress: Progress | None,
    report: OcrReport,
) -> dict[str, Pages]:
    """OCR the blobs in worker processes: what was read in each blob. paths: a file of each blob."""
    if not jobs:
        return {}
    parts = {
        f"{job.blob}/{i}": part for job in jobs.values() for i, part in enumerate(_parts(job, reading.read))
    }

    def read_part(key: str) -> Pages:
        return _read_part(parts[key], reading.read(parts[key].blob))

    ocr.engine()  # loaded once here: every forked worker starts with the models in memory
    label = f"{source} OCR"
    if progress:
        progress.extracting(label, len(parts))
    # Posters first: they take longest, and a long one started last would leave a core idle.
    order = sorted(parts, key=lambda k: (parts[k].suffix not in IMAGE_SUFFIXES, -len(parts[k].pages)))
    found: dict[str, Pages] = {blob: {} for blob in jobs}
    for result in workers.run(order, read_part, reading.limits):
        part = parts[result.key]
        error: str | None = None
        if isinstance(result, Failed):
            error = result.error
            report.failures.append(Failure(paths[part.blob], f"OCR: {error}"))
        else:
            for number, boxes in result.value.items():
                found[part.blob].setdefault(number, []).extend(boxes)
        if progress:
            progress.extracted(label, f"{paths[part.blob]} [{part.label}]", len(part.pages), error)
    return found


@dataclass(frozen=True)
class _Part:
    """One worker's share of a job, so that no share takes much longer than a deck's text:
    some pages of a deck, or a band of a poster's tiles."""

    blob: str
    suffix: str
    pages: tuple[int, ...]
    tiles: range | None = None

    @property
    def label(self) -> str:
        if self.tiles is not None:
            return f"tiles {self.tiles.start + 1}-{self.tiles.stop}"
        return f"pages {self.pages[0]}-{self.pages[-1]}"


PAGES_PER_PART = 8
TILES_PER_PART = 4  # about 3,400 px of a 1080 px wide poster


def _parts(job: _Job, data: Callable[[str], bytes]) -> list[_Part]:
    if job.suffix not in IMAGE_SUFFIXES:
        step = PAGES_PER_PART
        return [_Part(job.blob, job.suffix, job.pages[i : i + step]) for i in range(0, len(job.pages), step)]
    from PIL import Image

    try:  # only the header: decoding is the worker's job
        with Image.open(io.BytesIO(data(job.blob))) as picture:
            count = ocr.tile_count(*picture.size)
    except (OSError, ValueError, Image.DecompressionBombError):
        count = 1  # one worker will find out, and say, what is wrong with it
    return [
        _Part(job.blob, job.suffix, (1,), range(i, min(i + TILES_PER_PART, count)))
        for i in range(0, count, TILES_PER_PART)
    ]


def _read_part(part: _Part, data: bytes) -> Pages:
    """In the worker: the boxes of the part's pages."""
    if part.suffix in IMAGE_SUFFIXES:
        return {1: ocr.read_image(data, part.tiles)}
    if part.suffix == ".pdf":
        return ocr.read_pdf_pages(data, part.pages)
    return ocr.read_pptx_pictures(data, part.pages)


def _merged(
    file: IndexedFile, pages: list[PageText], found: Pages, normalize: Callable[[str], str]
) -> tuple[list[PageText], int]:
    """The file's pages with what OCR read merged in, and how many pages took OCR text."""
    suffix = PurePosixPath(file.talk.path).suffix.lower()
    if suffix in IMAGE_SUFFIXES and not pages and found.get(1):
        pages = [PageText(1, "")]  # a picture has no pages until OCR reads it
    merged: list[PageText] = []
    count = 0
    for page in pages:
        text = normalize(ocr.text_of(found.get(page.page, [])))
        if not text:
            merged.append(page)
        elif suffix == ".pptx":
            # A slide's own text stays; its pictures' text joins it (once, for a renamed deck).
            joined = page.text if page.text.endswith(text) else f"{page.text}\n{text}".strip()
            merged.append(PageText(page.page, joined, ocr=True))
            count += 1
        elif _chars(text) > _chars(page.text) or page.text == text:
            merged.append(PageText(page.page, text, ocr=True))
            count += 1
        else:
            merged.append(page)
    return merged, count


def poster_boxes(store: Store, source: str | None = None) -> dict[tuple[str, str], list[ocr.OcrBox]]:
    """What OCR read in each image file, by (source, path): the agenda step's input."""
    cached = store.ocr_results()
    found: dict[tuple[str, str], list[ocr.OcrBox]] = {}
    for file in store.files(source):
        if PurePosixPath(file.talk.path).suffix.lower() in IMAGE_SUFFIXES and file.blob in cached:
            found[(file.source, file.talk.path)] = ocr.pages_from_json(cached[file.blob]).get(1, [])
    return found
