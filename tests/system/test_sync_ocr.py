"""The sync with OCR, as the command line shows it: pages read from pictures counted as `status` counts
them; OCR that becomes possible after a first sync (`ocr = true` set, or the extra installed) read by
the next plain `clkarchive sync`, though upstream did not change."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from clkarchive.pictures import ocr
from helpers import Upstream, cli_run, make_pdf, write_config

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)


def picture_deck(word: str) -> bytes:
    """A one-page PDF that is only a picture of a word: no text layer, so only OCR can read it."""
    import pypdfium2
    from reportlab.pdfgen import canvas

    drawn = io.BytesIO()
    c = canvas.Canvas(drawn, pagesize=(960, 540))
    c.setFont("Helvetica", 60)
    c.drawString(60, 300, word)
    c.showPage()
    c.save()
    picture = pypdfium2.PdfDocument(drawn.getvalue())[0].render(scale=1.0).to_pil().convert("RGB")
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=72)
    return out.getvalue()


def png_of(pdf: bytes) -> bytes:
    import pypdfium2

    out = io.BytesIO()
    pypdfium2.PdfDocument(pdf)[0].render(scale=1.0).to_pil().save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def picture_archive(tmp_path: Path) -> Path:
    up = Upstream(tmp_path / "upstream")
    up.commit({"主论坛/1-Pictures only.pdf": picture_deck("ZEPHYRLOCK")})
    return tmp_path


def found(config: Path) -> list[str]:
    result = cli_run(config, "search", "--json", "ZEPHYRLOCK")
    return [talk["path"] for talk in json.loads(result.stdout)["results"]] if result.exit_code == 0 else []


def test_the_sync_after_ocr_is_turned_on_reads_the_skipped_pictures(picture_archive):
    config = write_config(picture_archive / "config.toml", str(picture_archive / "upstream"), ocr=False)
    first = cli_run(config, "sync")
    assert first.exit_code == 0 and "reading pictures" not in first.output
    assert found(config) == []
    write_config(config, str(picture_archive / "upstream"), ocr=True)
    second = cli_run(config, "sync")
    assert second.exit_code == 0, second.output
    assert "CLK2024: reading pictures (1 to read)" in second.output
    assert found(config) == ["主论坛/1-Pictures only.pdf"]
    assert (
        "reading pictures" not in cli_run(config, "sync").output
    )  # read once: the next sync has nothing to do


def test_the_sync_after_the_ocr_extra_is_installed_reads_the_skipped_pictures(picture_archive, monkeypatch):
    config = write_config(picture_archive / "config.toml", str(picture_archive / "upstream"), ocr=True)
    with monkeypatch.context() as not_installed:  # as Python marks a module that cannot be imported
        not_installed.setitem(sys.modules, "rapidocr_onnxruntime", None)
        assert not ocr.available()
        first = cli_run(config, "sync")
        assert first.exit_code == 0 and "OCR is not installed: 1 files" in first.stderr
        assert cli_run(config, "sync").stderr == ""  # said once, not at every cron run
    assert found(config) == []
    second = cli_run(config, "sync")
    assert second.exit_code == 0, second.output
    assert "CLK2024: reading pictures (1 to read)" in second.output
    assert found(config) == ["主论坛/1-Pictures only.pdf"]


def test_the_sync_summary_counts_the_pages_status_counts(tmp_path):
    """A picture (an agenda poster, say) has no page until OCR reads one: the sync's count and
    status's are the same number."""
    up = Upstream(tmp_path / "upstream")
    up.commit(
        {
            "CLK2024全部议程.png": png_of(picture_deck("QUOKKAMAP")),
            "主论坛/1-Words.pdf": make_pdf(
                "enough words on this page for its text layer", "and enough words on the next page too"
            ),
        }
    )
    config = write_config(tmp_path / "config.toml", up.url, ocr=True)
    synced = cli_run(config, "sync")
    assert synced.exit_code == 0, synced.output
    summary = re.search(r"(\d+) pages indexed", synced.stdout)
    status = re.search(r"(\d+) pages", cli_run(config, "status").stdout)
    assert summary and status and summary.group(1) == status.group(1) == "3", (synced.stdout, status)
