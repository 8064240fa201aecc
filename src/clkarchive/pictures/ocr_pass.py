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

Pictures are hostile input like decks: each slide picture is a part of its own,
so that a bomb, a picture that runs out of memory or time, fails alone (its
worker process goes with it, and a fresh one reads the next part); a picture
file's bands share one time limit, so that it is bounded as a whole; and one
over ocr's limits of size is refused from its header, unread. Otherwise a
worker reads part after part: the models' first run in a process costs more
than a page.
What could not be read is kept with what was, and in the source's state, so
`status` says it until the file changes.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from clkarchive import workers
from clkarchive.index import IndexUpdate, Store
from clkarchive.models import Failure, IndexedFile, PageText
from clkarchive.pictures import engine, ocr
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
    failures: list[Failure] = field(default_factory=list)  # pictures it could not read, by file
    # Decks with no text of their own that OCR gave text, and how many pages: no longer "no text".
    read: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Job:
    """One blob to read: which of its pages, and how."""

    blob: str
    suffix: str
    pages: tuple[int, ...]  # 1-based


Pages = dict[int, list[ocr.OcrBox]]  # what OCR read in a file: the boxes of each page read (1-based)


@dataclass
class _Found:
    """What OCR read in a blob, and what it could not read (one line each: where, and why)."""

    pages: Pages = field(default_factory=dict)
    unread: list[str] = field(default_factory=list)
    outdated: bool = False  # read by an older OCR (OCR_VERSION): to be read again

    def to_json(self) -> str:
        return ocr.pages_to_json(self.pages, self.unread)

    @classmethod
    def from_json(cls, text: str) -> _Found:
        return cls(*ocr.reading_from_json(text))


@dataclass(frozen=True)
class Reading:
    """What the sync hands the pass: how to get a file's bytes, and how its text pass wrote text."""

    read: Callable[[str], bytes]  # a blob's real bytes (an LFS deck's from the cache); called in workers
    normalize: Callable[[str], str]  # OCR text written as page text is, so that the two compare
    limits: Limits
    retry: bool = False  # read again the blobs with pictures that could not be read (sync --retry-failed)


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
    earlier = {job.blob: _Found.from_json(cached[job.blob]) for job in jobs.values() if job.blob in cached}
    to_read = {
        job.blob: job
        for job in jobs.values()
        if (kept := earlier.get(job.blob)) is None or kept.outdated or (reading.retry and kept.unread)
    }
    paths = {job.blob: path for path, job in jobs.items()}
    read = _read(source, to_read, paths, reading, progress)

    with store.update() as update:
        for blob, found in read.items():
            update.set_ocr(blob, found.to_json())
        for path, job in jobs.items():
            found = read[job.blob] if job.blob in read else earlier[job.blob]
            # read again (an older OCR's reading, or a retry): the earlier reading's text leaves first
            before = earlier[job.blob].pages if job.blob in read and job.blob in earlier else {}
            held = pages.get(path, [])
            merged, ocr_pages = _merged(files[path], held, found.pages, reading.normalize, before)
            report.pages += ocr_pages
            update.rewrite_pages(files[path], merged)
            report.failures += [Failure(path, f"OCR: {why}", ocr=True) for why in found.unread]
            if ocr_pages and held and not any(p.text for p in held):
                report.read[path] = ocr_pages
        for path in files.keys() - jobs.keys():  # nothing to read in it: only say the pass was here
            update.mark_ocr_done(files[path])
        update.drop_unused_ocr()
        _record(store, update, source, set(files), report)
    return report


def _record(store: Store, update: IndexUpdate, source: str, redone: set[str], report: OcrReport) -> None:
    """Say in the source's state what the pass found, so that `status` keeps saying it until the file
    changes: the OCR failures of the files it has been over replace theirs, and a deck that OCR gave
    text no longer lacks it (the only failure a deck with pages can have is that it has no text)."""
    state = next((s for s in store.states() if s.name == source), None)
    if state is None:
        return
    kept = [f for f in state.failures if f.path not in redone or not (f.ocr or f.path in report.read)]
    if kept + report.failures != state.failures:
        update.set_state(replace(state, failures=kept + report.failures))


def _job(file: IndexedFile, pages: list[PageText]) -> _Job | None:
    """What there is to read in a file, if anything."""
    suffix = PurePosixPath(file.talk.path).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return _Job(file.blob, suffix, (1,))
    if file.talk.kind != "slides" or suffix not in (".pdf", ".pptx"):
        return None
    if not file.pages:  # its text could not be had (a failed download, not a PDF): nor can OCR
        return None
    # (a page whose text OCR gave was text-poor: read again when the file is, by a newer OCR)
    little = tuple(p.page for p in pages if p.ocr or _chars(p.text) < LITTLE_TEXT)
    return _Job(file.blob, suffix, little) if little else None


def _chars(text: str) -> int:
    return sum(not c.isspace() for c in text)


def _read(
    source: str,
    jobs: dict[str, _Job],
    paths: dict[str, str],
    reading: Reading,
    progress: Progress | None,
) -> dict[str, _Found]:
    """OCR the blobs in worker processes: what was read in each blob. paths: a file of each blob."""
    found = {blob: _Found() for blob in jobs}
    if not jobs:
        return found
    parts = _parts(jobs, _survey(jobs, reading, found), found)
    if not parts:
        return found

    with tempfile.TemporaryDirectory(prefix="clkarchive-ocr-") as seen:
        return _read_parts(source, parts, paths, reading, progress, found, Path(seen))


def _read_parts(
    source: str,
    parts: dict[str, _Part],
    paths: dict[str, str],
    reading: Reading,
    progress: Progress | None,
    found: dict[str, _Found],
    seen: Path,
) -> dict[str, _Found]:
    def read_part(key: str) -> tuple[Pages, list[str]]:
        return _read_part(parts[key], reading.read(parts[key].blob), seen)

    engine.set_threads(reading.limits.workers)
    engine.engine()  # loaded once here: every forked worker starts with the models in memory
    if progress:
        progress.phase(source, "reading pictures", len(parts), sum(p.work for p in parts.values()))

    def started(key: str) -> None:
        if progress:
            progress.reading(source, f"{paths[parts[key].blob]} [{parts[key].label}]")

    # Posters first: they take longest, and a long one started last would leave a core idle.
    order = sorted(parts, key=lambda k: (parts[k].suffix not in IMAGE_SUFFIXES, -len(parts[k].pages)))
    budget = _Budget(parts, reading.limits.timeout)
    results = workers.run(order, read_part, reading.limits, _explain, budget.left, started, reuse=True)
    outcomes = {}
    for result in results:
        outcomes[result.key] = result
        error = result.error if isinstance(result, Failed) else None
        if progress:
            part = parts[result.key]
            name = f"{paths[part.blob]} [{part.label}]"
            progress.extracted(source, name, len(part.pages), error, part.work)
    bands: dict[str, list[tuple[_Part, str]]] = {}  # the failed bands of each picture file
    for key, part in parts.items():  # in the order of the pages and tiles, whatever finished first
        outcome = outcomes[key]
        if isinstance(outcome, Failed) and part.tiles is not None:
            bands.setdefault(part.blob, []).append((part, outcome.error))
        elif isinstance(outcome, Failed):
            found[part.blob].unread.append(f"{part.label}: {outcome.error}")
        else:
            boxes, unread = outcome.value
            for number, on_page in boxes.items():
                found[part.blob].pages.setdefault(number, []).extend(on_page)
            found[part.blob].unread += unread
    for blob, failed in bands.items():
        found[blob].unread.append(budget.unread(blob, failed))
    return found


def _explain(exc: BaseException) -> str:
    return ocr.unread_reason(exc) if isinstance(exc, Exception) else workers.reason(exc)


@dataclass(frozen=True)
class _Part:
    """One worker's share of a job: some pages of a PDF, one picture of a slide (with every slide it
    is on), or a band of a picture file's tiles. No share takes much longer than a deck's text, and a
    picture that cannot be read, however it fails, fails alone."""

    blob: str
    suffix: str
    pages: tuple[int, ...]
    tiles: range | None = None
    picture: int | None = None  # which picture of its first slide, 0-based
    count: int = 0  # the picture file's tiles

    @property
    def work(self) -> float:
        """What reading it costs, in pictures read: a tile, a rendered page, a slide's picture."""
        if self.tiles is not None:
            return len(self.tiles)
        return 1 if self.picture is not None else len(self.pages)

    @property
    def label(self) -> str:
        if self.tiles is not None:
            return f"tiles {self.tiles.start + 1}-{self.tiles.stop}"
        if self.picture is not None:
            return f"slide {self.pages[0]}, picture {self.picture + 1}"
        return f"pages {self.pages[0]}-{self.pages[-1]}"


PAGES_PER_PART = 8
TILES_PER_PART = 8  # about 6,700 px of a 1080 px wide poster: each band decodes the whole picture


def _survey(
    jobs: dict[str, _Job], reading: Reading, found: dict[str, _Found]
) -> dict[str, list[ocr.Picture]]:
    """The pictures of each picture file and PowerPoint deck, from their headers, read in workers:
    the sync itself never opens a picture. One that cannot be opened is that blob's failure."""

    def survey(blob: str) -> list[ocr.Picture]:
        job, data = jobs[blob], reading.read(blob)
        if job.suffix in IMAGE_SUFFIXES:
            return ocr.image_pictures(data)
        return ocr.pptx_pictures(data, job.pages)

    pictures: dict[str, list[ocr.Picture]] = {}
    surveyed = [blob for blob, job in jobs.items() if job.suffix != ".pdf"]
    for result in workers.run(surveyed, survey, reading.limits, _explain, reuse=True):
        if isinstance(result, Failed):
            found[result.key].unread.append(result.error)
        else:
            pictures[result.key] = result.value
    return pictures


def _parts(
    jobs: dict[str, _Job], pictures: dict[str, list[ocr.Picture]], found: dict[str, _Found]
) -> dict[str, _Part]:
    """The jobs' shares, by key; a picture over ocr's limits is refused here, unread and unopened."""
    parts: list[_Part] = []
    for blob, job in jobs.items():
        if job.suffix == ".pdf":
            step = PAGES_PER_PART
            parts += [
                _Part(blob, job.suffix, job.pages[i : i + step]) for i in range(0, len(job.pages), step)
            ]
            continue
        same: dict[str, list[ocr.Picture]] = {}  # a picture on several slides (a logo) is read once
        for picture in pictures.get(blob, []):
            if why := ocr.refusal(picture.width, picture.height):
                where = (
                    ""
                    if job.suffix in IMAGE_SUFFIXES
                    else f"slide {picture.page}, picture {picture.index + 1}: "
                )
                found[blob].unread.append(f"{where}not read: {why}")
            elif job.suffix in IMAGE_SUFFIXES:
                count = ocr.tile_count(picture.width, picture.height)
                parts += [
                    _Part(blob, job.suffix, (1,), range(i, min(i + TILES_PER_PART, count)), count=count)
                    for i in range(0, count, TILES_PER_PART)
                ]
            else:
                same.setdefault(picture.digest or f"{picture.page}/{picture.index}", []).append(picture)
        for copies in same.values():
            slides = tuple(sorted({p.page for p in copies}))
            parts.append(_Part(blob, job.suffix, slides, picture=copies[0].index))
    return {f"{part.blob}/{n}": part for n, part in enumerate(parts)}


class _Budget:
    """A picture file's time as a whole: its bands share archive.extract_timeout, counted from when the
    first of them starts, so that a picture of many tiles cannot keep a sync busy band after band."""

    def __init__(self, parts: dict[str, _Part], timeout: float) -> None:
        self.parts, self.timeout = parts, timeout
        self.ends: dict[str, float] = {}

    def left(self, key: str) -> float:
        part = self.parts[key]
        if part.tiles is None:
            return self.timeout
        end = self.ends.setdefault(part.blob, time.monotonic() + self.timeout)
        return end - time.monotonic()

    def unread(self, blob: str, failed: list[tuple[_Part, str]]) -> str:
        """One line for a picture file's failed bands: which tiles, and why."""
        tiles = ", ".join(f"{part.tiles.start + 1}-{part.tiles.stop}" for part, _ in failed if part.tiles)
        of = f"tiles {tiles} of {failed[0][0].count} unread"
        # Spent: its end is past, or a band took longer than what was left of it (the band's own
        # clock may have started a moment before its share was counted, and stopped short of the end),
        # or a band was not started because what was left rounded to nothing (a moment before the end).
        spent = time.monotonic() >= self.ends.get(blob, float("inf")) or any(
            part.tiles is not None and (e == workers.NOT_STARTED or e.startswith("took longer"))
            for part, e in failed
        )
        if spent and any(e == workers.NOT_STARTED or e.startswith("took longer") for _, e in failed):
            return f"{of}: took longer than {self.timeout:g} s as a whole (archive.extract_timeout)"
        return f"{of}: {failed[0][1]}"


def _read_part(part: _Part, data: bytes, seen: Path) -> tuple[Pages, list[str]]:
    """In the worker: the boxes of the part's pages, and what of them could not be read.

    seen: a folder the pass's workers share, where each keeps what it read in a page or a slide's
    picture, so that the same picture in another deck is read once (ocr.remembered).
    """
    if part.suffix in IMAGE_SUFFIXES:
        return {1: ocr.read_image(data, part.tiles)}, []
    if part.picture is not None:
        boxes = ocr.read_pptx_picture(data, part.pages[0], part.picture, seen)
        return {number: list(boxes) for number in part.pages}, []
    unread: list[str] = []
    return ocr.read_pdf_pages(data, part.pages, unread, seen), unread


def _merged(
    file: IndexedFile,
    pages: list[PageText],
    found: Pages,
    normalize: Callable[[str], str],
    before: Pages | None = None,
) -> tuple[list[PageText], int]:
    """The file's pages with what OCR read merged in, and how many pages took OCR text. before: what
    an earlier reading of the same pictures read, whose text the pages hold and give up."""
    suffix = PurePosixPath(file.talk.path).suffix.lower()
    if suffix in IMAGE_SUFFIXES and not pages and found.get(1):
        pages = [PageText(1, "")]  # a picture has no pages until OCR reads it
    merged: list[PageText] = []
    count = 0
    for page in pages:
        text = normalize(ocr.text_of(found.get(page.page, [])))
        if not text:
            merged.append(page)
            continue
        if page.ocr and (earlier := normalize(ocr.text_of((before or {}).get(page.page, [])))):
            page = _without(page, earlier)
        if suffix == ".pptx":
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


def _without(page: PageText, earlier: str) -> PageText:
    """A page as it was before an earlier OCR's text joined it (a slide's own text, before its
    pictures' text) or replaced it (a picture's, a text-poor PDF page's: nothing is left); the page
    as it is where its text is not that OCR's."""
    if page.text == earlier:
        return PageText(page.page, "")
    if page.text.endswith(f"\n{earlier}"):
        return PageText(page.page, page.text[: -len(earlier) - 1])
    return page


def poster_boxes(store: Store, source: str | None = None) -> dict[tuple[str, str], list[ocr.OcrBox]]:
    """What OCR read in each image file, by (source, path): the agenda step's input."""
    cached = store.ocr_results()
    found: dict[tuple[str, str], list[ocr.OcrBox]] = {}
    for file in store.files(source):
        if PurePosixPath(file.talk.path).suffix.lower() in IMAGE_SUFFIXES and file.blob in cached:
            found[(file.source, file.talk.path)] = ocr.pages_from_json(cached[file.blob]).get(1, [])
    return found
