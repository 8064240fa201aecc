"""Real OCR (RapidOCR's own models, no network) on a real poster crop, PDF pages and pptx pictures."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from clkarchive.pictures import engine, ocr
from helpers import CORPUS, DATA

if TYPE_CHECKING:
    from PIL.Image import Image


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


def test_a_small_picture_is_enlarged_for_detection_but_never_past_a_page_width() -> None:
    """Small text is read larger (a slide's picture: its shorter side to DETECT_AT), but a wide, short
    banner is not blown up past a rendered page's width (it was: 1079 x 196 px detected at 4,064 x 736,
    3.5 s and 700 MB for one line). The 1080 x 270 poster crop above is read at 1,280 px wide."""
    import numpy as np

    detector_input = engine.engine().text_det.get_preprocess(0)

    def detected_at(width: int, height: int) -> tuple[int, int]:
        _, _, h, w = detector_input(np.zeros((height, width, 3), dtype=np.uint8)).shape
        return w, h

    assert detected_at(442, 269) == (1216, 736)  # as RapidOCR enlarges it
    assert detected_at(1079, 196) == (1280, 224)
    assert detected_at(1080, 270) == (1280, 320)
    assert detected_at(1280, 720) == (1280, 704)  # a rendered page: its own size, in multiples of 32
    assert detected_at(1080, 1000) == (1088, 992)  # a poster tile: the same


TOPS = [0, 430, ocr.TILE_HEIGHT - 100]  # the last copy's time line straddles y = TILE_HEIGHT - 60


def test_the_detector_input_is_rapidocrs_own_bit_for_bit() -> None:
    """The detector's input is normalised by table (engine.engine), not pixel by pixel as RapidOCR's
    DetPreProcess does it: the same float32 values, on a real poster crop."""
    import numpy as np
    from PIL import Image
    from rapidocr_onnxruntime.ch_ppocr_det.utils import DetPreProcess

    ours = engine.engine().text_det.get_preprocess(0)
    theirs = DetPreProcess(engine.DETECT_AT, "min", ours.mean, ours.std)
    theirs.resize = ours.resize  # the sizes are ours (the test above)
    with Image.open(DATA / "clk2024-memory-poster-crop.webp") as crop:
        pixels = np.ascontiguousarray(np.asarray(crop.convert("RGB"))[:, :, ::-1])
    expected = theirs(pixels)
    assert expected.dtype == np.float32 and len(np.unique(expected)) > 100
    assert np.array_equal(ours(pixels), expected)


def _tall_poster() -> bytes:
    """Two tiles: three copies of the poster crop, at TOPS, the last across the first tile's end."""
    from PIL import Image

    crop = Image.open(DATA / "clk2024-memory-poster-crop.webp").convert("RGB")
    tall = Image.new("RGB", (crop.width, 1400), crop.getpixel((5, 5)))
    for top in TOPS:
        tall.paste(crop, (0, top))
    out = io.BytesIO()
    tall.save(out, format="PNG")
    return out.getvalue()


def test_tall_picture_is_read_in_tiles_without_doubles() -> None:
    """Three copies of the crop, the last across the first tile boundary: each line found once, in place."""
    from PIL import Image

    data = _tall_poster()
    tall = Image.open(io.BytesIO(data))
    tops = TOPS
    boxes = ocr.read_image(data)
    times = [b for b in boxes if b.text == "14:20-14:40"]
    assert len(times) == 3, [b.y0 for b in times]
    for box, top in zip(times, tops, strict=True):
        assert abs(box.y0 - top - 35) <= 4, (box.y0, top)  # 35 px down in the crop, give or take the detector
    # Tiles read apart (the sync gives a poster's bands to different workers) add up to the whole.
    assert ocr.tile_count(*tall.size) == 2
    apart = ocr.read_image(data, range(0, 1)) + ocr.read_image(data, range(1, 2))
    assert sorted(apart, key=lambda b: (b.y0, b.x0)) == boxes


def test_a_line_in_the_overlap_of_two_tiles_is_recognised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both tiles find the lines of the copy in their overlap; only the tile that keeps a line
    recognises it, so every line recognised is a line read, or one under MIN_CONFIDENCE."""
    reader = engine.engine()
    recognise = reader.text_rec
    scores: list[float] = []

    def counted(crops: list[object], *args: object) -> Any:
        found = recognise(crops, *args)
        scores.extend(float(score) for _, score, *_ in found[0])
        return found

    monkeypatch.setattr(reader, "text_rec", counted)
    boxes = ocr.read_image(_tall_poster())
    assert sum(score >= ocr.MIN_CONFIDENCE for score in scores) == len(boxes) >= 3 * 2
    assert [b.text for b in boxes].count("14:20-14:40") == 3


def _word_picture(*lines: str, size: tuple[int, int] = (960, 540)) -> Image:
    """A slide-sized picture of big black words on white, drawn by reportlab and rendered by pdfium."""
    import pypdfium2

    pdf = make_pdf_page(lines, size)
    page = pypdfium2.PdfDocument(pdf)[0]
    return page.render(scale=1.0).to_pil().convert("RGB")


def make_pdf_page(lines: tuple[str, ...], size: tuple[int, int]) -> bytes:
    """One page with the lines in 40-point type: a text layer, as a slide tool would write it."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=size)
    y = size[1] - 120
    for line in lines:
        c.setFont("STSong-Light", 40)
        c.drawString(60, y, line)
        y -= 70
    c.showPage()
    c.save()
    return out.getvalue()


def image_only_pdf(*pages: Image) -> bytes:
    """A PDF whose pages are only pictures (a scanned or exported-as-image deck): no text layer."""
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=list(pages[1:]), resolution=72)
    return out.getvalue()


def test_image_only_pdf_page_is_read_from_its_picture() -> None:
    from clkarchive.sync.extract import pdf_pages

    pdf = image_only_pdf(_word_picture("Scalable PASID"), _word_picture("ZEPHYRLOCK", "内存压缩"))
    assert pdf_pages(pdf) == ("", "")  # nothing for the text reader
    found = ocr.read_pdf_pages(pdf, [2])
    assert list(found) == [2]
    text = ocr.text_of(found[2])
    assert "ZEPHYRLOCK" in text and "内存压缩" in text
    assert "Scalable" not in text  # page 1 was not asked for


def _page_with_picture(title: str, picture: Image, share: float) -> bytes:
    """A 960 x 540 pt page: a title in its text layer, and a picture on `share` of the page."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(960, 540))
    c.setFont("STSong-Light", 40)
    c.drawString(60, 420, title)
    c.drawImage(ImageReader(picture), 0, 0, 960 * share**0.5, 540 * share**0.5)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_text_poor_page_is_read_only_where_pictures_may_hold_text() -> None:
    """A section page (its title in the text layer, a logo in a corner) is not read: OCR would read
    the title again and the logo's name. The same page with a picture on half of it is."""
    picture = _word_picture("ZEPHYRLOCK")
    assert ocr.read_pdf_pages(_page_with_picture("Part 1 背景介绍", picture, 0.03), [1]) == {}
    found = ocr.read_pdf_pages(_page_with_picture("Part 1 背景介绍", picture, 0.5), [1])
    assert "ZEPHYRLOCK" in ocr.text_of(found[1])


@pytest.mark.skipif(not CORPUS, reason="needs CLKARCHIVE_CORPUS")
def test_a_vivo_section_page_is_not_read_and_its_cover_is() -> None:
    """CLK2024's Device Mapper deck: page 4 is "Part 1 背景介绍" in its text layer and vivo's logo
    (0.6 % of the page); page 1, the conference's cover, is one picture."""
    deck = Path(str(CORPUS), "CLK2024", "存储IO分论坛", "7-Device Mapper减少flush和verity耗时的方案.pdf")
    found = ocr.read_pdf_pages(deck.read_bytes(), [1, 4])
    assert list(found) == [1]
    assert "中国Linux内核开发者大会" in ocr.text_of(found[1])


def test_pptx_pictures_are_read_on_the_slides_asked_for() -> None:
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for words in ("ZEPHYRLOCK", "QUOKKAMAP"):
        slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
        picture = io.BytesIO()
        _word_picture(words).save(picture, format="PNG")
        picture.seek(0)
        slide.shapes.add_picture(picture, Inches(0.5), Inches(0.5), width=Inches(8))
    out = io.BytesIO()
    deck.save(out)
    found = ocr.read_pptx_pictures(out.getvalue(), [2])
    assert [b.text for b in found[2]] == ["QUOKKAMAP"]


def test_sync_reads_pictures_once_and_search_finds_their_words(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from clkarchive.cli import cli
    from helpers import Upstream, make_pdf, run_process, write_config

    upstream = Upstream(tmp_path / "upstream")
    deck = image_only_pdf(_word_picture("ZEPHYRLOCK"))
    upstream.commit(
        {
            "内存分论坛.webp": (DATA / "clk2024-memory-poster-crop.webp").read_bytes(),
            "内存分论坛/1-锁的故事.pdf": make_pdf("A lock with a long story to tell, told in words"),
            "内存分论坛/2-图片幻灯片.pdf": deck,
        }
    )
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True)

    def run(*args: str):
        result = CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def pages_for(word: str) -> dict[str, list[tuple[int, bool]]]:
        found = json.loads(run("search", "--json", "--kind", "any", word))["results"]  # posters too
        return {r["path"]: [(p["page"], p["ocr"]) for p in r["pages"]] for r in found}

    def sync() -> str:
        """A sync in a process of its own, as users run it: its OCR workers are forked from it, under
        archive.extract_memory_mb of address space, which a fork of this long test process (engines,
        browsers and indexes loaded by earlier tests) would have used up before reading a pixel."""
        done = run_process("sync", config=config)
        assert done.returncode == 0, done.stderr
        return done.stdout + done.stderr

    first = sync()
    assert (
        "CLK2024: reading pictures (2 to read)" in first
    )  # the poster and the image-only deck, not the text deck
    assert pages_for("ZEPHYRLOCK") == {"内存分论坛/2-图片幻灯片.pdf": [(1, True)]}
    assert pages_for("内存压缩大页")["内存分论坛.webp"] == [(1, True)]
    assert pages_for("story") == {"内存分论坛/1-锁的故事.pdf": [(1, False)]}
    # The poster's text was read: the catalogue no longer says why it has none.
    listed = json.loads(run("talks", "--json"))
    (poster,) = [t for t in listed if t["path"] == "内存分论坛.webp" and t["kind"] == "material"]
    assert poster["pages"] == 1 and poster["note"] == ""
    # The poster's boxes, kept for the agenda step, in the poster's own pixels.
    from clkarchive import index
    from clkarchive.pictures.ocr_pass import poster_boxes

    boxes = poster_boxes(index.Store(tmp_path / "index"), "CLK2024")
    assert list(boxes) == [("CLK2024", "内存分论坛.webp")]
    assert boxes["CLK2024", "内存分论坛.webp"][0].text == "14:20-14:40"

    assert "OCR" not in sync()  # nothing changed: nothing read again

    upstream.rename("内存分论坛/2-图片幻灯片.pdf", "内存分论坛/3-改名.pdf")
    renamed = sync()
    assert "+1 ~0 -1" in renamed and "reading pictures" not in renamed  # the blob was read before
    assert pages_for("ZEPHYRLOCK") == {"内存分论坛/3-改名.pdf": [(1, True)]}

    # Search, a process of its own, loads none of the OCR machinery (python -X importtime).
    searched = run_process("search", "ZEPHYRLOCK", config=config, env={"PYTHONPROFILEIMPORTTIME": "1"})
    loaded = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in searched.stderr.splitlines()}
    assert "whoosh" in loaded and "3-改名" in searched.stdout
    assert not loaded & {"rapidocr_onnxruntime", "onnxruntime", "cv2", "numpy", "pypdfium2", "PIL"}


def test_pictures_an_older_ocr_read_are_read_again_once(tmp_path: Path) -> None:
    """OCR_VERSION names how pictures are read. An archive an older OCR read (here the same program
    told its OCR is the one before, in a process of its own) has its pictures read again by the next sync,
    though nothing upstream changed, and not by the one after: what was read is kept by blob and
    would otherwise stand for good (CLK2024's 周俶易 stayed 周傲易)."""
    import subprocess
    import sys

    from pptx import Presentation
    from pptx.util import Inches

    from helpers import Upstream, run_process, write_config

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # its own words, and a picture's
    slide.shapes.add_textbox(Inches(0.5), Inches(6), Inches(8), Inches(1)).text_frame.text = "Lock story"
    picture = io.BytesIO()
    _word_picture("QUOKKAMAP", "ZEPHYRLOCK").save(picture, format="PNG")
    slide.shapes.add_picture(io.BytesIO(picture.getvalue()), Inches(0.5), Inches(0.5), width=Inches(8))
    pptx = io.BytesIO()
    deck.save(pptx)
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit(
        {
            "内存分论坛.webp": (DATA / "clk2024-memory-poster-name.webp").read_bytes(),
            "内存分论坛/1-图片幻灯片.pdf": image_only_pdf(_word_picture("ZEPHYRLOCK")),
            "内存分论坛/2-锁.pptx": pptx.getvalue(),
        }
    )
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True)
    # The program as the older one: its _version module loaded first, with the OCR version before
    # ours, so that every module of the package takes that one, and OCR without its second reading.
    older = (
        "import importlib.util as u, sys\n"
        "spec = u.spec_from_file_location('clkarchive._version',"
        " u.find_spec('clkarchive').submodule_search_locations[0] + '/_version.py')\n"
        "v = u.module_from_spec(spec); spec.loader.exec_module(v); v.OCR_VERSION -= 1\n"
        "sys.modules['clkarchive._version'] = v\n"
        "import clkarchive.pictures.ocr as o; o.reread = lambda *args: None\n"
        "from clkarchive.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", older, "--config", str(config), "sync"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0 and "reading pictures (3 to read)" in done.stdout + done.stderr, done.stderr

    def sync() -> str:
        synced = run_process("sync", config=config)
        assert synced.returncode == 0, synced.stderr
        return synced.stdout + synced.stderr

    def pages() -> dict[str, list[tuple[str, bool]]]:
        from clkarchive import index

        held = index.Store(tmp_path / "index").pages("CLK2024")
        return {path: [(p.text, p.ocr) for p in pages] for path, pages in held.items()}

    first = pages()
    assert first["内存分论坛.webp"] == [("周傲易", True)]
    assert first["内存分论坛/2-锁.pptx"] == [("Lock story\nQUOKKAMAP\nZEPHYRLOCK", True)]
    assert first["内存分论坛/1-图片幻灯片.pdf"] == [("ZEPHYRLOCK", True)]
    # All three, the slide too, though its pictures' text took it over 20 characters (a page with
    # that much text of its own is not read).
    assert "reading pictures (3 to read)" in sync()
    # Each page's text is what this OCR read, once: the older reading's text left first.
    assert pages() == first | {"内存分论坛.webp": [("周俶易", True)]}
    assert "reading pictures" not in sync()
    found = run_process("search", "--json", "--kind", "any", "周俶易", config=config)
    assert '"内存分论坛.webp"' in found.stdout


def test_ocr_false_reads_no_pictures(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from clkarchive.cli import cli
    from helpers import Upstream, write_config

    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"主论坛/1-图片.pdf": image_only_pdf(_word_picture("ZEPHYRLOCK"))})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=False)
    synced = CliRunner().invoke(cli, ["--config", str(config), "sync"], catch_exceptions=False)
    assert synced.exit_code == 0 and "OCR" not in synced.output
    found = CliRunner().invoke(cli, ["--config", str(config), "search", "ZEPHYRLOCK"], catch_exceptions=False)
    assert "图片" not in found.output


BIG_PROGRAM = """
import mmap, sys
from clkarchive import Archive

held = mmap.mmap(-1, 3 * 2**30)  # 3 GB of address space, never touched: a big program, as RLIMIT_AS sees it
(report,) = Archive.from_path(sys.argv[1]).sync()
print(report.ocr_pages, [f.reason for f in report.failures])
"""


def test_a_sync_from_a_process_with_a_big_address_space_still_reads_pictures(tmp_path: Path) -> None:
    """The Python API in a big program: the OCR workers it forks start with its address space, and
    archive.extract_memory_mb (here 1 GB, a third of what the program holds) is headroom above it."""
    import subprocess
    import sys

    from clkarchive import index
    from helpers import Upstream, write_config

    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"主论坛/1-图片.pdf": image_only_pdf(_word_picture("ZEPHYRLOCK"))})
    config = write_config(tmp_path / "config.toml", upstream.url, ocr=True, extract_memory_mb=1024)
    done = subprocess.run(
        [sys.executable, "-c", BIG_PROGRAM, str(config)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 []", done.stdout  # the page read; nothing ran out of memory
    (page,) = index.Store(tmp_path / "index").pages("CLK2024")["主论坛/1-图片.pdf"]
    assert page.ocr and "ZEPHYRLOCK" in page.text
