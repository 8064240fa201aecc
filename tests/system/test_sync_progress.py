"""What `clkarchive sync` tells as it goes: phases by name, files, a summary per source when it is done,
and `status` while a sync still reads pictures."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from clkarchive.cli import cli
from clkarchive.config import load_config
from clkarchive.progress import TerminalProgress
from clkarchive.sync import sync_lock
from helpers import Upstream, make_pdf, write_config


def _blank_png(height: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (200, height), "white").save(out, format="PNG")
    return out.getvalue()


def _two_sources(tmp_path: Path) -> Path:
    """CLK2023 and CLK2024, each with two decks and a picture (blank: nothing for OCR to read)."""
    urls = {}
    for year in ("2023", "2024"):
        upstream = Upstream(tmp_path / f"up{year}")
        upstream.commit(
            {
                # Pages with words enough that OCR leaves them alone.
                "主论坛/1-First talk.pdf": make_pdf(
                    f"the first talk of the year {year}", "and its second page, in words"
                ),
                "主论坛/2-Second talk.pdf": make_pdf(f"the second talk of the year {year}"),
                "主论坛.png": _blank_png(int(year) - 1900),
            }
        )
        urls[year] = upstream.url
    config = write_config(tmp_path / "config.toml", urls["2024"], ocr=True)
    text = config.read_text(encoding="utf-8").replace('name = "CLK2024"', 'name = "CLK2024"\nyear = 2024')
    text += f'[[sources]]\nname = "CLK2023"\nurl = "{urls["2023"]}"\nbranch = "main"\n'
    config.write_text(text, encoding="utf-8")
    return config


def test_pipe_names_phases_and_files_and_sums_up_each_source_when_it_is_done(tmp_path: Path) -> None:
    config = _two_sources(tmp_path)
    result = CliRunner().invoke(cli, ["--config", str(config), "sync"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()

    def at(prefix: str) -> int:
        return next(n for n, line in enumerate(lines) if line.startswith(prefix))

    assert "CLK2024: reading text (2 to read)" in lines, result.output
    assert "CLK2023: reading text (2 to read)" in lines
    assert "CLK2024: 主论坛/1-First talk.pdf (2 pages)" in lines
    assert "CLK2024: reading pictures (1 to read)" in lines
    assert "CLK2024: 主论坛.png [tiles 1-1] (1 pages)" in lines
    # Text first for every source (search works meanwhile), then each source's pictures and at once its
    # summary: CLK2024's comes before CLK2023's pictures are read, not with the others at the end.
    assert at("CLK2023: reading text") < at("CLK2024: reading pictures")
    summary_2024 = next(
        n for n, line in enumerate(lines) if line.startswith("CLK2024: ") and "files," in line
    )
    assert at("CLK2024: reading pictures") < summary_2024 < at("CLK2023: reading pictures")
    assert "+3 ~0 -0 files, 3 pages indexed" in lines[summary_2024]
    assert "extracting" not in result.output


def test_terminal_line_names_phase_count_and_file(tmp_path: Path) -> None:
    """The real program with its stderr on a terminal: one line redrawn, the summaries on stdout."""
    config = _two_sources(tmp_path)
    main, other = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CLKARCHIVE_CONFIG"} | {"COLUMNS": "200"}
    with subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(config), "sync"],
        stdout=subprocess.PIPE,
        stderr=other,
        env=env,
    ) as process:
        os.close(other)
        drawn = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the program ended and closed the terminal
                break
            if not chunk:
                break
            drawn += chunk
        stdout = process.stdout.read().decode() if process.stdout else ""
    os.close(main)
    assert process.returncode == 0, drawn
    screen = drawn.decode()
    assert "\r\x1b[K" in screen  # the line is redrawn in place, not one line per file
    assert "CLK2024: reading text 0/2: 主论坛/" in screen
    assert "CLK2024: reading text 2/2" in screen and "CLK2023: reading text 2/2" in screen
    assert "CLK2024: reading pictures 0/1: 主论坛.png [tiles 1-1]" in screen
    assert "CLK2024: reading pictures 1/1" in screen
    assert [line.split(":")[0] for line in stdout.splitlines()] == ["CLK2024", "CLK2023"]  # the summaries


def test_estimate_comes_from_the_phase_rate_and_does_not_jump() -> None:
    """A poster's slow tiles first, then quick pages: the estimate moves towards the new rate, not to it."""
    progress = TerminalProgress(io.StringIO())
    progress.phase("CLK2024", "reading pictures", 20, 100.0)
    progress.started = 0.0
    progress.work_done = 2.0  # too early to say
    assert progress.left(3.0) is None
    progress.work_done, progress.drawn_at = 10.0, 9.0
    first = progress.left(10.0)
    assert first == 90.0  # 10 units in 10 s: 90 more
    progress.work_done, progress.drawn_at = 50.0, 10.0
    second = progress.left(11.0)  # at this rate 11 s are left; the line says less, but not 11
    assert second is not None and 11.0 < second < first - 1.0 and second > first / 2


def test_status_says_pictures_are_still_being_read(tmp_path: Path) -> None:
    config = _two_sources(tmp_path)
    assert CliRunner().invoke(cli, ["--config", str(config), "sync", "--quiet"]).exit_code == 0
    index_dir = load_config(config).index_dir
    with sync_lock(index_dir) as tell:
        tell({"CLK2024": "text searchable, reading pictures", "CLK2023": "text searchable, pictures waiting"})
        shown = CliRunner().invoke(cli, ["--config", str(config), "status"]).output
    assert "CLK2024: " in shown and "a sync is running (text searchable, reading pictures)" in shown
    assert " synced " not in shown.split("CLK2023")[0]  # not "synced" while its pictures are read
    after = CliRunner().invoke(cli, ["--config", str(config), "status"]).output
    assert "a sync is running" not in after and " synced " in after
