"""The sync with OCR, as the command line shows it: OCR that becomes possible after a first sync (the
extra installed) read by the next plain `clkarchive sync`, though upstream did not change. The other
OCR syncs run in processes of their own: tests/system/test_sync_ocr_summary.py."""

from __future__ import annotations

import sys

import pytest

from clkarchive.pictures import ocr
from helpers import cli_run, found_paths, write_config

if not ocr.available():
    pytest.skip(f"the OCR extra is not installed ({ocr.INSTALL_HINT})", allow_module_level=True)


def test_the_sync_after_the_ocr_extra_is_installed_reads_the_skipped_pictures(picture_archive, monkeypatch):
    config = write_config(picture_archive / "config.toml", str(picture_archive / "upstream"), ocr=True)
    with monkeypatch.context() as not_installed:  # as Python marks a module that cannot be imported
        not_installed.setitem(sys.modules, "rapidocr_onnxruntime", None)
        assert not ocr.available()
        first = cli_run(config, "sync")
        assert first.exit_code == 0 and "OCR is not installed: 1 files" in first.stderr
        assert cli_run(config, "sync").stderr == ""  # said once, not at every cron run
    assert found_paths(config, "ZEPHYRLOCK") == []
    second = cli_run(config, "sync")
    assert second.exit_code == 0, second.output
    assert "CLK2024: reading pictures (1 to read)" in second.output
    assert found_paths(config, "ZEPHYRLOCK") == ["主论坛/1-Pictures only.pdf"]
