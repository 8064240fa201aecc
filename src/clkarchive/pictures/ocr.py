"""Text out of pictures: agenda posters, image-only PDF pages, pictures on PowerPoint slides.

RapidOCR (the `rapidocr-onnxruntime` wheel) runs PaddleOCR's PP-OCRv4 Chinese
and English models on onnxruntime; the models ship inside the wheel, so
nothing is downloaded at run time. pypdfium2 renders PDF pages, Pillow opens
webp, png and jpg. The OCR packages are an extra (`clkarchive[ocr]`): without
them `available()` is False and the sync says what it leaves unread.

The engine is loaded once per process and runs on one thread: the sync runs
one OCR process per core, so more threads would only fight over the cores.
"""

from __future__ import annotations

import importlib.util
import io
import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PIL.Image import Image

INSTALL_HINT = "pip install 'clkarchive[ocr]'"
IMAGE_SUFFIXES = {".webp", ".png", ".jpg", ".jpeg"}  # picture files: read whole, as one page
# A 1080 x 13,000 px poster is read in tiles of this height; the overlap is
# taller than any line of text, so a line cut by one tile is whole in the next.
TILE_HEIGHT = 1000
TILE_OVERLAP = 160
# RapidOCR shrinks anything wider than this anyway; shrinking first keeps tiles square-ish.
MAX_WIDTH = 2000
# Slide pages are rendered this wide: slide text is large, and detection time grows with the pixels.
PAGE_WIDTH = 1280
# Smaller pictures are icons and logos, not text worth reading.
MIN_SIDE = 32
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class OcrBox:
    """One line of text found in a picture, in pixels of the whole picture (origin top left)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    confidence: float

    @property
    def y_center(self) -> float:
        return (self.y0 + self.y1) / 2


def available() -> bool:
    """Whether the OCR extra is installed (checked without importing it: that takes a second)."""
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr_onnxruntime", "pypdfium2"))


@cache
def engine() -> Any:
    """The process's OCR engine (loading the models takes about a second)."""
    from rapidocr_onnxruntime import RapidOCR

    # One line per recognition run: a batch is padded to its widest line, and a poster's short names
    # batched with its long biography lines cost about a quarter more CPU (measured: 7.5 s against
    # 10.3 s for four poster tiles). No direction classifier: slides and posters are upright.
    return RapidOCR(
        intra_op_num_threads=1, inter_op_num_threads=1, use_cls=False, print_verbose=False, rec_batch_num=1
    )


def read_image(data: bytes, tiles: range | None = None) -> list[OcrBox]:
    """The text lines of a picture file (webp, png, jpg...), top to bottom; `tiles`: only those tiles."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as picture:
        return read_picture(picture, tiles)


def tile_count(width: int, height: int) -> int:
    """How many tiles `read_picture` reads a picture of this size in (callers split the work by tiles)."""
    if width > MAX_WIDTH:
        height = max(1, round(height * MAX_WIDTH / width))
    return max(0, math.ceil((height - TILE_HEIGHT) / (TILE_HEIGHT - TILE_OVERLAP))) + 1


def read_picture(picture: Image, tiles: range | None = None) -> list[OcrBox]:
    """The text lines of a decoded picture; a tall one is read in overlapping tiles (or only some)."""
    image = picture.convert("RGB")
    if min(image.size) < MIN_SIDE:
        return []
    scale = 1.0
    if image.width > MAX_WIDTH:
        scale = MAX_WIDTH / image.width
        image = image.resize((MAX_WIDTH, max(1, round(image.height * scale))))
    boxes: list[OcrBox] = []
    stride = TILE_HEIGHT - TILE_OVERLAP
    count = tile_count(image.width, image.height)
    for k in tiles if tiles is not None else range(count):
        top = k * stride
        if top >= image.height:
            break
        bottom = min(top + TILE_HEIGHT, image.height)
        # A line in the overlap is read twice: each tile keeps those whose middle is on its side
        # of the overlap's midline, so tiles read apart (in other processes) add up to the whole.
        keep_from = top + TILE_OVERLAP / 2 if k else float("-inf")
        keep_to = float("inf") if k == count - 1 else top + stride + TILE_OVERLAP / 2
        for box in _read_tile(image.crop((0, top, image.width, bottom)), top):
            if keep_from <= box.y_center < keep_to:
                boxes.append(box)
    if scale != 1.0:
        boxes = [_scaled(b, 1 / scale) for b in boxes]
    return sorted(boxes, key=lambda b: (b.y0, b.x0))


def _read_tile(tile: Image, top: int) -> Iterator[OcrBox]:
    import numpy as np

    # The PaddleOCR models were trained on OpenCV's BGR channel order.
    found, _ = engine()(np.asarray(tile)[:, :, ::-1])
    for corners, text, score in found or []:
        xs = [float(p[0]) for p in corners]
        ys = [float(p[1]) for p in corners]
        if text.strip() and float(score) >= MIN_CONFIDENCE:
            yield OcrBox(text.strip(), min(xs), min(ys) + top, max(xs), max(ys) + top, round(float(score), 3))


def _scaled(box: OcrBox, factor: float) -> OcrBox:
    return OcrBox(
        box.text, box.x0 * factor, box.y0 * factor, box.x1 * factor, box.y1 * factor, box.confidence
    )


def pdf_page_images(data: bytes, numbers: Iterable[int]) -> Iterator[tuple[int, Image]]:
    """The given pages (1-based) of a PDF, rendered PAGE_WIDTH pixels wide."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        for number in numbers:
            page = pdf[number - 1]
            try:
                width = page.get_width() or PAGE_WIDTH
                yield number, page.render(scale=PAGE_WIDTH / width).to_pil()
            finally:
                page.close()
    finally:
        pdf.close()


def read_pdf_pages(data: bytes, numbers: Iterable[int]) -> dict[int, list[OcrBox]]:
    """The text lines of the given pages (1-based) of a PDF, read from their pictures."""
    return {number: read_picture(image) for number, image in pdf_page_images(data, numbers)}


def read_pptx_pictures(data: bytes, numbers: Iterable[int]) -> dict[int, list[OcrBox]]:
    """The text lines of the pictures on the given slides (1-based), picture after picture.

    Boxes are in each picture's own pixels: a slide has no single picture to place them in.
    """
    from PIL import Image, UnidentifiedImageError
    from pptx import Presentation

    slides = Presentation(io.BytesIO(data)).slides
    found: dict[int, list[OcrBox]] = {}
    for number in numbers:
        boxes: list[OcrBox] = []
        for blob in _picture_blobs(slides[number - 1].shapes):
            try:
                with Image.open(io.BytesIO(blob)) as picture:
                    boxes += read_picture(picture)
            except (UnidentifiedImageError, OSError):  # EMF, WMF, SVG: not pictures Pillow can draw
                continue
        found[number] = boxes
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


def pages_to_json(found: dict[int, list[OcrBox]]) -> str:
    """Boxes by page as JSON: {"1": [[text, x0, y0, x1, y1, confidence], ...], ...}."""
    rows = {n: [list(astuple(b)) for b in boxes] for n, boxes in found.items()}
    return json.dumps(rows, ensure_ascii=False)


def pages_from_json(text: str) -> dict[int, list[OcrBox]]:
    return {int(n): [OcrBox(*row) for row in rows] for n, rows in json.loads(text).items()}
