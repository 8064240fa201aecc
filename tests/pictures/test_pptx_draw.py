"""PowerPoint slides drawn without LibreOffice: a real deck made by python-pptx, drawn for real."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from clkarchive.models import Talk
from clkarchive.pictures import render
from clkarchive.pictures.ocr import pages_to_json
from clkarchive.pictures.poster_rows import row_of
from clkarchive.pictures.pptx_draw import draw_slide
from helpers import AGENDA_ROWS, agenda_poster, boxes, rich_pptx


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pptx") / "deck.pptx"
    path.write_bytes(rich_pptx())
    return path


def near(pixel: tuple[int, ...], rgb: tuple[int, int, int], slack: int = 12) -> bool:
    return all(abs(a - b) <= slack for a, b in zip(pixel, rgb, strict=False))


def at(image: Image.Image, x_inches: float, y_inches: float) -> tuple[int, ...]:
    """The pixel at a place on a 13.333 x 7.5 inch slide."""
    k = image.width / 13.333
    pixel = image.getpixel((round(x_inches * k), round(y_inches * k)))
    assert isinstance(pixel, tuple)
    return pixel


def test_a_slide_shows_its_background_picture_text_table_and_group(deck: Path) -> None:
    image = draw_slide(deck, 1, 800)
    assert image.size == (800, 450)  # 16:9, as the deck's slide size says
    assert near(at(image, 7.6, 0.2), (0xC0, 0x20, 0x20))  # the slide's own background
    assert near(at(image, 10, 1.5), (20, 60, 220))  # the picture, where it was placed
    assert near(at(image, 1.5, 3.2), (0x20, 0xA0, 0x40))  # the table's header row
    assert near(at(image, 10, 5), (0xF0, 0x80, 0x10))  # the grouped box
    title = image.crop((30, 30, 420, 90))  # 60 pixels an inch
    light = title.convert("L").point(lambda v: 255 if v > 200 else 0).histogram()[255]
    assert light > 500  # the white 40 pt title, drawn as text over the red


def test_hidden_slides_count_and_the_master_background_is_inherited(deck: Path) -> None:
    third = draw_slide(deck, 3, 400)  # slide 2 is hidden: page 3 is the third slide, as the index counts
    assert near(at(third, 12, 7), (0xFF, 0xE0, 0x40))
    text = third.crop((30, 30, 330, 80))
    assert ImageStat.Stat(text.convert("L")).extrema[0][0] < 80  # the Chinese line, in dark type
    hidden = draw_slide(deck, 2, 400)
    assert hidden.getpixel((5, 5)) == third.getpixel((5, 5))


def test_a_slide_past_the_end_is_an_error(deck: Path) -> None:
    with pytest.raises(IndexError):
        draw_slide(deck, 9, 400)


def test_the_renderer_draws_pptx_and_posters_in_its_worker_processes(deck: Path, tmp_path: Path) -> None:
    poster_bytes, _ = agenda_poster()
    poster = tmp_path / "poster.png"
    poster.write_bytes(poster_bytes)
    renderer = render.Renderer(tmp_path / "cache", workers=1, timeout=60, memory_mb=2048)
    try:
        assert render.renderable("a/b.pptx") and render.renderable("议程.png")
        assert renderer.render(render.Page(deck, "ab" * 20, 1), "thumb")
        slide = Image.open(renderer.path("ab" * 20, 1, "thumb"))
        assert slide.size == (400, 225) and ImageStat.Stat(slide.convert("L")).stddev[0] > 10
        assert renderer.render(render.Page(poster, "cd" * 20, 1), "thumb")
        assert Image.open(renderer.path("cd" * 20, 1, "thumb")).size == (400, 370)
        row = render.Page(poster, "cd" * 20, 1, (0, 380, 1200, 520))  # past the poster's right edge
        assert renderer.render(row, "thumb")
        cut = Image.open(renderer.path("cd" * 20, row.name, "thumb")).convert("RGB")
        edge = cut.getpixel((399, 2))
        assert isinstance(edge, tuple) and cut.size == (400, 52)
        assert near(edge, (0x0B, 0x1A, 0x3A))  # the poster to its edge, no black margin beyond it
    finally:
        renderer.close()


def test_an_agenda_talk_row_is_where_its_title_and_speakers_are() -> None:
    _, found = agenda_poster()
    read = pages_to_json({1: found})
    when, title, name, _ = AGENDA_ROWS[1]
    talk = Talk("p.png", "agenda", "主论坛", "", 2, title, (name,), start=when[:5])
    x0, y0, x1, y1 = row_of(read, talk) or (0, 0, 0, 0)
    assert (
        x0 == 0 and 1050 < x1 < 1110 and 570 < y0 < 610 and 660 < y1 < 720
    )  # its title and its speaker's line
    unknown = Talk("p.png", "agenda", "主论坛", "", 3, "A talk the poster does not show", ())
    assert row_of(read, unknown) is None


def test_the_real_clk2023_agenda_row_of_a_talk_with_two_speakers() -> None:
    read = pages_to_json({1: boxes("years/CLK2023/CLK2023全部议程.png")})
    talk = Talk("p.png", "agenda", "主论坛", "", 4, "使用rust开发kernel的实践与思考", ("杨铠衔", "谢旻晟"))
    _, y0, _, y1 = row_of(read, talk) or (0, 0, 0, 0)
    assert 2300 < y0 < 2342 and 2456 < y1 < 2500  # the title at 2342, the second speaker to 2456


def test_a_picture_is_drawn_at_the_asked_width(tmp_path: Path) -> None:
    out = tmp_path / "p.webp"
    picture = io.BytesIO()
    Image.new("RGB", (1000, 3000), (10, 200, 30)).save(picture, "PNG")
    (tmp_path / "p.png").write_bytes(picture.getvalue())
    render.draw_picture(tmp_path / "p.png", 400, out)
    assert Image.open(out).size == (400, 1200)
