"""Text out of slide decks (PDF, PowerPoint), one string per page, read in worker processes.

pdfminer.six is pure Python: it is slow on big decks and can loop on hostile
files, so decks are read in worker processes, each deck under a time and a
memory limit (clkarchive.workers). A deck that cannot be read is a failure with a
reason an operator understands, never an exception that stops the sync.
"""

from __future__ import annotations

import functools
import gc
import importlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from clkarchive import workers
from clkarchive.workers import Done, Failed, Limits, Outcome

if TYPE_CHECKING:
    from pdfminer.converter import PDFPageAggregator

Pages = tuple[str, ...]

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_CID = re.compile(r"\(cid:\d+\)")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\s*\n\s*(?=[A-Za-z])")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_YOUNG_OBJECTS = 100_000  # new objects between two of the extraction workers' garbage collections


def normalize(text: str) -> str:
    """NFKC, no (cid:NN) debris, Chinese rejoined across line breaks, hyphenated breaks joined.

    A hyphen at a line break keeps its hyphen: the tokenizer indexes
    'first-level' as first, level and firstlevel, so both a compound broken at
    its hyphen and a word hyphenated by the layout stay findable.
    """
    text = _CID.sub("", unicodedata.normalize("NFKC", text))
    text = _HYPHEN_BREAK.sub("-", text)
    text = _CJK_GAP.sub("", text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()


def pdf_pages(data: bytes) -> Pages:
    """The normalised text of each page of a PDF, page 1 first.

    pdfminer's extract_pages, with a device that records no drawings nor images (as pdfminer's own
    text converter does): a slide's shapes are many, and laying out text never looks at them; reading
    CLK2024 cost 9 % more with them, for the same text.
    """
    from pdfminer.layout import LAParams, LTFigure, LTTextContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    def texts(container: Iterable[Any]) -> Iterator[str]:
        for el in container:
            if isinstance(el, LTTextContainer):
                yield el.get_text()
            elif isinstance(el, LTFigure):
                yield from texts(el)

    resources = PDFResourceManager(caching=True)
    # all_texts: text inside figures (diagram labels) is slide content too.
    device = _text_only()(resources, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(resources, device)
    pages = []
    for page in PDFPage.get_pages(io.BytesIO(data), caching=True):
        interpreter.process_page(page)
        pages.append(normalize("\n".join(texts(device.get_result()))))
    return tuple(pages)


@functools.cache
def _text_only() -> type[PDFPageAggregator]:
    """pdfminer's page aggregator without drawings and images (pdfminer is imported by a sync only)."""
    from pdfminer.converter import PDFPageAggregator

    class TextOnly(PDFPageAggregator):
        def paint_path(self, *args: Any) -> None:
            pass

        def render_image(self, *args: Any) -> None:
            pass

    return TextOnly


def pptx_pages(data: bytes) -> Pages:
    """The normalised text of each slide (slide number = page): shapes, groups, tables, notes."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def texts(shapes: Any) -> Iterator[str]:
        for shape in shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from texts(shape.shapes)
            elif shape.has_text_frame:
                yield shape.text_frame.text
            elif shape.has_table:
                yield from (cell.text for row in shape.table.rows for cell in row.cells)

    pages: list[str] = []
    for slide in Presentation(io.BytesIO(data)).slides:
        parts = list(texts(slide.shapes))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            parts.append(slide.notes_slide.notes_text_frame.text)
        pages.append(normalize("\n".join(parts)))
    return tuple(pages)


READERS: dict[str, Callable[[bytes], Pages]] = {".pdf": pdf_pages, ".pptx": pptx_pages}
_READER_MODULES = {".pdf": "pdfminer.high_level", ".pptx": "pptx"}


def pages_of(name: str, data: bytes) -> Pages:
    """The pages of a deck, read as its bytes say it is, else as its file name's extension says.

    A repository may hold one deck's bytes under two names, a PowerPoint file beside a copy named
    for its PDF export ("ublk.pptx", "ublk.pptx.pdf"); the blob is read once, under either name,
    and must be read as what it is."""
    if data.startswith(b"PK\x03\x04"):
        return pptx_pages(data)
    if b"%PDF-" in data[:1024]:
        return pdf_pages(data)
    return READERS[PurePosixPath(name).suffix.lower()](data)


def reason(exc: BaseException) -> str:
    """Why a deck could not be read, in its format's words where they are known."""
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted"
    if name in ("PDFSyntaxError", "PSEOF", "PDFNoValidXRef"):
        return f"not a readable PDF ({exc or name})"
    if name in ("BadZipFile", "PackageNotFoundError"):
        return f"not a readable PowerPoint file ({exc or name})"
    return workers.reason(exc)


def extract_all(
    names: Sequence[str],
    read: Callable[[str], bytes],
    limits: Limits,
    started: Callable[[str], None] | None = None,
) -> Iterator[Outcome[Pages]]:
    """Extract every named deck (its bytes from read(name)), yielding outcomes as they finish.

    read is called in a worker, under the deck's limits, so the sync never
    holds a deck's bytes. started(name) is told as each deck starts.
    """
    # Imported here, once, so forked processes start with the readers they need
    # loaded; python-pptx alone takes 0.15 s to import, so only when needed.
    for suffix in {PurePosixPath(name).suffix.lower() for name in names}:
        if suffix in _READER_MODULES:
            importlib.import_module(_READER_MODULES[suffix])

    def work(name: str) -> Pages:
        # pdfminer keeps a page's objects (several to a character) alive until the page is laid out,
        # and the collector, at its default threshold (700 new objects), walked them over and over:
        # 730 collections, 3 % of reading CLK2024. A deck leaves few cycles (1,200 objects), and the
        # worker collects them after each deck (workers.run).
        gc.set_threshold(_YOUNG_OBJECTS)
        return pages_of(name, read(name))

    # A process reads deck after deck (one that fails takes its process along, as ever): a fresh fork of
    # the sync for each deck cost 20 ms of CPU in it and in the sync (0.4 s for CLK2024's 22 decks).
    for outcome in workers.run(names, work, limits, reason, started=started, reuse=True):
        if isinstance(outcome, Done) and not outcome.value:
            yield Failed(outcome.key, "no pages")
        else:
            yield outcome
