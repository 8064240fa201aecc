"""Real OCR (RapidOCR's own models, no network) on a real poster crop, PDF pages and pptx pictures."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from clkarchive import ocr

pytestmark = pytest.mark.slow
DATA = Path(__file__).parent / "data"

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)


def test_poster_crop_reads_time_and_title() -> None:
    # 1080 x 270 px of CLK2024's 内存分论坛.webp: a digital-clock time slot and a talk title.
    boxes = ocr.read_image((DATA / "clk2024-memory-poster-crop.webp").read_bytes())
    texts = [b.text for b in boxes]
    assert "14:20-14:40" in texts
    assert any("内存压缩大页" in t and "ZHP" in t for t in texts)
    time_box = boxes[texts.index("14:20-14:40")]
    assert 0 <= time_box.x0 < time_box.x1 <= 1080 and 0 <= time_box.y0 < time_box.y1 <= 270
    assert time_box.y1 < min(b.y0 for b in boxes if "ZHP" in b.text)  # the time is above the title
    assert ocr.text_of(boxes).splitlines()[0] == "14:20-14:40"


def test_tall_picture_is_read_in_tiles_without_doubles() -> None:
    """Three copies of the crop, the last across the first tile boundary: each line found once, in place."""
    from PIL import Image

    crop = Image.open(DATA / "clk2024-memory-poster-crop.webp").convert("RGB")
    tall = Image.new("RGB", (crop.width, 1400), crop.getpixel((5, 5)))
    tops = [0, 430, ocr.TILE_HEIGHT - 100]  # the last copy's time line straddles y = TILE_HEIGHT - 60
    for top in tops:
        tall.paste(crop, (0, top))
    out = io.BytesIO()
    tall.save(out, format="PNG")
    boxes = ocr.read_image(out.getvalue())
    times = [b for b in boxes if b.text == "14:20-14:40"]
    assert len(times) == 3, [b.y0 for b in times]
    for box, top in zip(times, tops, strict=True):
        assert abs(box.y0 - top - 35) <= 4, (box.y0, top)  # 35 px down in the crop, give or take the detector
