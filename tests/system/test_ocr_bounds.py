"""OCR under abuse, with the real engine and the real program: a decompression bomb and a picture too
slow to read beside a readable one, a poster of an absurd shape, a poster longer to read than its time,
and what `status` keeps of all that."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from clkarchive.pictures import ocr
from helpers import DATA, Upstream, make_pdf, run_process, write_config

if TYPE_CHECKING:
    from PIL.Image import Image

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)

DECK = "主论坛/1-图片幻灯片.pptx"
SCAN = "主论坛/2-扫描.pdf"
POSTER = "主论坛.png"
TIMEOUT = 8  # archive.extract_timeout: a tenth of what the slow picture takes


def blank_png(width: int, height: int) -> bytes:
    """A valid white PNG (1-bit greyscale), written row by row: a 40,000 x 40,000 px one is 280 KB and
    never whole in this process's memory, as Pillow would make it (1.6 GB)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\xff" * ((width + 7) // 8)  # filter byte "none", then the row's bits
    pack = zlib.compressobj(9)
    body = b"".join(pack.compress(row) for _ in range(height)) + pack.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def word_picture(*lines: str) -> Image:
    """A slide-sized picture of big words on white, drawn by reportlab and rendered by pdfium."""
    import pypdfium2
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(960, 540))
    for n, line in enumerate(lines):
        page.setFont("STSong-Light", 40)
        page.drawString(60, 420 - 70 * n, line)
    page.showPage()
    page.save()
    return pypdfium2.PdfDocument(out.getvalue())[0].render(scale=1.0).to_pil().convert("RGB")


def tall_poster(tiles: int) -> Image:
    """A poster of real poster text (a crop of CLK2024's, again and again) read in this many tiles."""
    from PIL import Image

    crop = Image.open(DATA / "clk2024-memory-poster-crop.webp").convert("RGB")
    height = ocr.TILE_HEIGHT + (tiles - 1) * (ocr.TILE_HEIGHT - ocr.TILE_OVERLAP)
    poster = Image.new("RGB", (crop.width, height), "white")
    for top in range(0, height, crop.height):
        poster.paste(crop, (0, top))
    assert ocr.tile_count(*poster.size) == tiles
    return poster


def encoded(picture: Image, kind: str = "PNG") -> bytes:
    out = io.BytesIO()
    picture.save(out, format=kind)
    return out.getvalue()


def picture_deck(*pictures: bytes) -> bytes:
    """A PowerPoint deck of one picture a slide, and no text."""
    from PIL import Image
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None  # python-pptx asks Pillow the format
    try:
        for data in pictures:
            slide = deck.slides.add_slide(deck.slide_layouts[6])
            slide.shapes.add_picture(io.BytesIO(data), Inches(0.5), Inches(0.5), width=Inches(8))
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def image_only_pdf(picture: Image) -> bytes:
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=72)
    return out.getvalue()


def timed_sync(config: Path, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    try:
        done = run_process("sync", config=config, timeout=timeout)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the sync was still busy after {timeout:.0f} s")
    return done, time.monotonic() - started


def status_of(config: Path) -> dict:
    shown = run_process("status", "--json", config=config)
    assert shown.returncode == 0, shown.stderr
    (source,) = json.loads(shown.stdout)
    return source


@pytest.fixture(scope="module")
def abused(tmp_path_factory):
    """A deck whose slide 1 has a readable picture, slide 2 a 40,000 x 40,000 px PNG and slide 3 a
    picture that takes far longer to read than archive.extract_timeout, beside a scanned deck."""
    tmp_path = tmp_path_factory.mktemp("abused")
    upstream = Upstream(tmp_path / "upstream")
    slow = encoded(tall_poster(24), "JPEG")  # about 30 s of OCR on one core
    deck = picture_deck(encoded(word_picture("ZEPHYRLOCK")), blank_png(40_000, 40_000), slow)
    upstream.commit({DECK: deck, SCAN: image_only_pdf(word_picture("QUOKKAMAP"))})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True, extract_timeout=TIMEOUT)
    synced, seconds = timed_sync(config, 240)
    return config, synced, seconds


def test_a_bomb_fails_alone(abused):
    config, synced, _ = abused
    assert synced.returncode == 0, synced.stderr
    assert "Traceback" not in synced.stderr and "DecompressionBomb" not in synced.stderr
    found = json.loads(run_process("search", "--json", "ZEPHYRLOCK", config=config).stdout)
    assert [(r["path"], [(p["page"], p["ocr"]) for p in r["pages"]]) for r in found["results"]] == [
        (DECK, [(1, True)])
    ]
    assert (
        f"skipped {DECK}: OCR: slide 2, picture 1: not read: 40000 x 40000 px is 1,600 megapixels; "
        "the limit is 64" in synced.stdout
    )


def test_a_picture_too_slow_to_read_fails_alone(abused):
    _, synced, seconds = abused
    assert f"skipped {DECK}: OCR: slide 3, picture 1: took longer than {TIMEOUT} s" in synced.stdout
    assert seconds < 60, seconds  # the deck's other pictures did not wait for it, nor the sync


def test_ocr_failures_are_kept_in_the_status(abused):
    config, _, _ = abused
    for _ in range(2):  # after the sync that read them, and after one that changed nothing
        failures = status_of(config)["failures"]
        assert sorted((f["path"], f["reason"].split(":")[1], f["ocr"]) for f in failures) == [
            (DECK, " slide 2, picture 1", True),
            (DECK, " slide 3, picture 1", True),
        ]
        shown = run_process("status", config=config).stdout
        assert f"  failed {DECK}: OCR: slide 2, picture 1: not read: 40000 x 40000 px" in shown
        assert run_process("sync", config=config).returncode == 0
    # Pictures it could not read are not failed decks: the decks' text is indexed.
    assert run_process("status", "--check", config=config).returncode == 0


def test_a_deck_read_by_ocr_is_not_no_text(abused):
    config, synced, _ = abused
    source = status_of(config)
    assert not [f for f in source["failures"] if f["reason"].startswith("no text")]
    assert "no text" not in synced.stdout
    assert source["read_by_ocr"] == {DECK: 1, SCAN: 1} and source["ocr_pages"] == 2
    shown = run_process("status", config=config).stdout
    assert f"  read by OCR {SCAN}: its text (1 page) came from its pictures" in shown
    assert "4 pages (2 read by OCR)" in shown.splitlines()[0]


def test_a_picture_bounded_as_a_whole(tmp_path):
    """A white 40 x 3,000,000 px PNG (350 KB) as an agenda poster: refused from its header, and the
    sync ends within 30 s. It took 893 bands of four tiles, each running out of memory in turn: at
    200 s, a quarter of the way through, with a 1.28 GB process."""
    from PIL import Image

    upstream = Upstream(tmp_path / "upstream")
    poster = encoded(Image.new("L", (40, 3_000_000), 255))
    upstream.commit({POSTER: poster, "主论坛/1-Talk.pdf": make_pdf("a talk with words enough for its pages")})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True)
    synced, seconds = timed_sync(config, 120)
    assert synced.returncode == 0, synced.stderr
    assert seconds < 30, seconds
    reason = "OCR: not read: 40 x 3000000 px is 75,000 times as tall as wide; no poster or slide is over 50"
    assert f"skipped {POSTER}: {reason}" in synced.stdout
    assert synced.stderr == ""  # nor Pillow's warnings, once a band
    assert [(f["path"], f["reason"]) for f in status_of(config)["failures"]] == [(POSTER, reason)]


def test_a_poster_has_one_time_limit_for_all_its_tiles(tmp_path):
    """A poster of 48 tiles of real text (about a minute of OCR) within every limit of size: its
    bands share archive.extract_timeout (5 s here), so it stops when that is spent, not a band later
    and later."""
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({POSTER: encoded(tall_poster(48), "JPEG"), "主论坛/1-Talk.pdf": make_pdf("words " * 9)})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True, extract_timeout=5, workers=1)
    synced, seconds = timed_sync(config, 240)
    assert synced.returncode == 0, synced.stderr
    assert seconds < 40, seconds
    (failure,) = status_of(config)["failures"]
    assert failure["path"] == POSTER and failure["ocr"]
    assert failure["reason"].endswith(
        "of 48 unread: took longer than 5 s as a whole (archive.extract_timeout)"
    )


def test_a_band_stopped_short_of_the_shared_end_still_says_the_whole_limit():
    """The line for a poster's unread bands names the limit they share. A band given what was left
    (0.1 s) may be stopped a moment before the shared end, its clock having started a moment before
    its share was counted; the line then said "took longer than 0.1 s" (a CI run saw it)."""
    from clkarchive.pictures.ocr_pass import _Budget, _Part

    band = _Part("blob", ".png", (1,), tiles=range(8, 16), count=48)
    budget = _Budget({"blob/1": band}, 5.0)
    assert budget.left("blob/1") > 4.0  # the shared end is 5 s away: not yet past
    line = budget.unread("blob", [(band, "took longer than 0.1 s")])
    assert line == "tiles 9-16 of 48 unread: took longer than 5 s as a whole (archive.extract_timeout)"


def test_a_band_not_started_a_moment_before_the_shared_end_still_says_the_whole_limit():
    """A band whose share rounds to nothing (0.04 s left) is not started; the time is spent although
    the shared end is a moment away. The line said "not started: no time left" (a CI run saw it)."""
    from clkarchive import workers
    from clkarchive.pictures.ocr_pass import _Budget, _Part

    band = _Part("blob", ".png", (1,), tiles=range(40, 48), count=48)
    budget = _Budget({"blob/5": band}, 5.0)
    assert budget.left("blob/5") > 4.0
    line = budget.unread("blob", [(band, workers.NOT_STARTED)])
    assert line == "tiles 41-48 of 48 unread: took longer than 5 s as a whole (archive.extract_timeout)"
