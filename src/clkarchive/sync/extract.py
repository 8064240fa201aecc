"""Text out of slide decks (PDF, PowerPoint), one string per page, in worker processes.

pdfminer.six is pure Python: it is slow on big decks and can loop on hostile
files. So every deck is extracted in a process of its own, forked from the
sync (which has the readers imported already), at most one per core at a
time, under a time limit (an alarm inside the process, and SIGKILL from the
parent if that does not end it) and a memory limit. A failure is a value,
never an exception that stops the sync; a dead process fails only its own file.
"""

from __future__ import annotations

import ctypes
import importlib
import io
import logging
import multiprocessing
import re
import resource
import signal
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import wait
from pathlib import PurePosixPath

from clkarchive.models import Extraction

_CJK = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_CID = re.compile(r"\(cid:\d+\)")
_CJK_GAP = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}])")
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z])-\s*\n\s*(?=[A-Za-z])")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


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


def pdf_pages(data: bytes) -> tuple[str, ...]:
    """The normalised text of each page of a PDF, page 1 first."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTTextContainer

    def texts(container) -> Iterator[str]:
        for el in container:
            if isinstance(el, LTTextContainer):
                yield el.get_text()
            elif isinstance(el, LTFigure):
                yield from texts(el)

    # all_texts: text inside figures (diagram labels) is slide content too.
    layouts = extract_pages(io.BytesIO(data), laparams=LAParams(all_texts=True))
    return tuple(normalize("\n".join(texts(layout))) for layout in layouts)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def pptx_pages(data: bytes) -> tuple[str, ...]:
    """The normalised text of each slide (slide number = page): shapes, groups, tables, notes."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    def texts(shapes) -> Iterator[str]:
        for shape in shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
                yield from texts(shape.shapes)
            elif shape.has_text_frame:
                yield shape.text_frame.text
            elif shape.has_table:
                yield from (cell.text for row in shape.table.rows for cell in row.cells)

    pages = []
    for slide in Presentation(io.BytesIO(data)).slides:
        parts = list(texts(slide.shapes))
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            parts.append(slide.notes_slide.notes_text_frame.text)
        pages.append(normalize("\n".join(parts)))
    return tuple(pages)


READERS = {".pdf": pdf_pages, ".pptx": pptx_pages}
_READER_MODULES = {".pdf": "pdfminer.high_level", ".pptx": "pptx"}


def pages_of(name: str, data: bytes) -> tuple[str, ...]:
    """The pages of a deck, read as its file name's extension says."""
    return READERS[PurePosixPath(name).suffix.lower()](data)


class _TimeLimit(BaseException):
    """Raised by the alarm. A BaseException, because pdfminer's parser has
    `except Exception:` in its hot paths, which would swallow the alarm and
    let a hostile file run on for minutes."""


def _on_alarm(signum, frame):
    raise _TimeLimit


def _limit_process(memory_mb: int) -> None:
    """Set up an extraction process: its limits, and to die with the sync."""
    # A SIGKILLed sync must not leave extractors holding its pipes and its
    # lock (inherited across fork) for ever.
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    # pdfminer logs every odd font descriptor; a sync's output is for the operator.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    signal.signal(signal.SIGALRM, _on_alarm)
    # The parent handles Ctrl-C, and takes its extractors along.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A hostile deck gets a MemoryError in its own process, not the machine's memory.
    limit = memory_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(
        resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard)
    )


Reader = Callable[[str, bytes], tuple[str, ...]]


def _extract_one(
    key: str, read: Callable[[str], bytes], timeout: float, reader: Reader = pages_of
) -> Extraction:
    # After the limit, the alarm repeats every second until the file gives up.
    signal.setitimer(signal.ITIMER_REAL, timeout, 1.0)
    try:
        pages = reader(key, read(key))
    except _TimeLimit:
        return _too_slow(key, timeout)
    except Exception as exc:  # pdfminer raises many types for broken files
        return Extraction(key, error=_reason(exc))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if not pages:
        return Extraction(key, error="no pages")
    return Extraction(key, pages=pages)


def _too_slow(name: str, timeout: float, how: str = "") -> Extraction:
    return Extraction(name, error=f"took longer than {timeout:g} s{how}")


def _reason(exc: BaseException) -> str:
    if isinstance(exc, MemoryError):
        return "ran out of memory (archive.extract_memory_mb)"
    name = type(exc).__name__
    if "Password" in name or "Encrypt" in name:
        return "encrypted"
    if name in ("PDFSyntaxError", "PSEOF", "PDFNoValidXRef"):
        return f"not a readable PDF ({exc or name})"
    if name in ("BadZipFile", "PackageNotFoundError"):
        return f"not a readable PowerPoint file ({exc or name})"
    return f"{name}: {exc}" if str(exc) else name


# How long past the time limit the parent waits before it kills a process
# whose alarm did not end it (stuck inside C code, say).
KILL_GRACE = 5.0


def extract_all(
    names: Sequence[str],
    read: Callable[[str], bytes],
    workers: int,
    timeout: float,
    memory_mb: int = 2048,
    reader: Reader = pages_of,
) -> Iterator[Extraction]:
    """Extract every named deck (its bytes from read(name)), yielding results as they finish.

    read is called inside each deck's own process, under its limits, so the
    sync never holds a deck's bytes: at most `workers` decks are in memory at
    once, each in a process that dies when its deck is done. `reader` turns a
    file into its pages' strings in the worker; the OCR pass passes its own.
    """
    # Imported here, once, so forked processes start with the readers they need
    # loaded; python-pptx alone takes 0.15 s to import, so only when needed.
    for suffix in {PurePosixPath(name).suffix.lower() for name in names}:
        if suffix in _READER_MODULES:
            importlib.import_module(_READER_MODULES[suffix])
    fork = multiprocessing.get_context("fork")
    queue = iter(names)
    running: dict = {}  # connection -> (process, name, deadline)
    try:
        while True:
            while len(running) < workers and (name := next(queue, None)) is not None:
                receive, send = fork.Pipe(duplex=False)
                process = fork.Process(target=_child, args=(send, name, read, timeout, memory_mb, reader))
                process.start()
                send.close()
                running[receive] = (process, name, time.monotonic() + timeout + KILL_GRACE)
            if not running:
                return
            nearest = min(deadline for _, _, deadline in running.values())
            for conn in wait(list(running), timeout=max(0.0, nearest - time.monotonic())):
                process, name, _ = running.pop(conn)
                yield _receive(conn, process, name)
            for conn, (process, name, deadline) in list(running.items()):
                if time.monotonic() > deadline:
                    process.kill()
                    del running[conn]
                    _close(conn, process)
                    yield _too_slow(name, timeout, " (killed)")
    finally:
        for conn, (process, _, _) in running.items():  # the sync is ending early: take them along
            process.kill()
            _close(conn, process)


def _child(
    send, name: str, read: Callable[[str], bytes], timeout: float, memory_mb: int, reader: Reader
) -> None:
    _limit_process(memory_mb)
    try:
        result = _extract_one(name, read, timeout, reader)
    except _TimeLimit:  # the alarm, striking just as the file finished
        signal.setitimer(signal.ITIMER_REAL, 0)
        result = _too_slow(name, timeout)
    except BaseException as exc:  # anything else a reader lets escape is still only this file's failure
        result = Extraction(name, error=_reason(exc))
    send.send(result)
    send.close()


def _receive(conn, process, name: str) -> Extraction:
    try:
        result = conn.recv()
    except (EOFError, OSError):
        result = None
    _close(conn, process)
    if result is None:
        how = f"signal {-process.exitcode}" if process.exitcode and process.exitcode < 0 else "no result"
        return Extraction(name, error=f"the extractor process died ({how}; out of memory?)")
    return result


def _close(conn, process) -> None:
    conn.close()
    process.join()
