"""The sync with OCR, as the command line shows it: pages read from pictures counted as `status` counts
them; OCR turned on after a first sync (`ocr = true` set) read by the next plain `clkarchive sync`,
though upstream did not change (the extra installed after a first sync: tests/cli/test_sync_ocr.py).

Each sync runs in a process of its own, as users run it: OCR workers forked from the long pytest
process of a whole run start with their address-space limit spent (std::bad_alloc) and read nothing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from clkarchive.pictures import ocr
from helpers import Upstream, cli_run, found_paths, make_pdf, picture_pdf, run_process, write_config

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)


def png_of(pdf: bytes) -> bytes:
    import pypdfium2

    out = io.BytesIO()
    pypdfium2.PdfDocument(pdf)[0].render(scale=1.0).to_pil().save(out, format="PNG")
    return out.getvalue()


def synced(config: Path) -> str:
    done = run_process("sync", config=config)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def test_the_sync_after_ocr_is_turned_on_reads_the_skipped_pictures(picture_archive):
    config = write_config(picture_archive / "config.toml", str(picture_archive / "upstream"), ocr=False)
    assert "reading pictures" not in synced(config)
    assert found_paths(config, "ZEPHYRLOCK") == []
    write_config(config, str(picture_archive / "upstream"), ocr=True)
    assert "CLK2024: reading pictures (1 to read)" in synced(config)
    assert found_paths(config, "ZEPHYRLOCK") == ["主论坛/1-Pictures only.pdf"]
    assert "reading pictures" not in synced(config)  # read once: the next sync has nothing to do


def test_the_sync_summary_counts_the_pages_status_counts(tmp_path):
    """A picture (an agenda poster, say) has no page until OCR reads one: the sync's count and
    status's are the same number."""
    up = Upstream(tmp_path / "upstream")
    up.commit(
        {
            "CLK2024全部议程.png": png_of(picture_pdf("QUOKKAMAP")),
            "主论坛/1-Words.pdf": make_pdf(
                "enough words on this page for its text layer", "and enough words on the next page too"
            ),
        }
    )
    config = write_config(tmp_path / "config.toml", up.url, ocr=True)
    done = run_process("sync", config=config)
    assert done.returncode == 0, done.stderr
    summary = re.search(r"(\d+) pages indexed", done.stdout)
    status = re.search(r"(\d+) pages", cli_run(config, "status").stdout)
    assert summary and status and summary.group(1) == status.group(1) == "3", (done.stdout, status)
