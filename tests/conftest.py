"""Fixtures shared by every folder of tests; the helpers they are made of are in tests/helpers.py."""

from __future__ import annotations

import functools
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.sync import sync
from clkarchive.web import create_app
from helpers import (
    BASE,
    CORPUS,
    CorpusArchive,
    LfsServer,
    Upstream,
    cli_run,
    fake_program,
    run_git,
    run_process,
    sample_talks,
    web_decks,
    write_config,
)

SYSTEM = Path(__file__).resolve().parent / "system"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/system is the slow tier (a real sync, a subprocess, OCR or a browser):
    `pytest -m "not slow"` runs the unit tier, every other folder."""
    for item in items:
        if item.path.resolve().is_relative_to(SYSTEM):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def upstream(tmp_path: Path) -> Upstream:
    return Upstream(tmp_path / "upstream")


@pytest.fixture
def talks() -> dict[str, bytes]:
    """The sample conference, a copy each test may change."""
    return dict(sample_talks())


@pytest.fixture
def project(tmp_path: Path, upstream: Upstream) -> Path:
    """A config.toml pointing at the upstream fixture; returns its path."""
    return write_config(tmp_path / "config.toml", upstream.url)


@pytest.fixture
def run(project: Path):
    """Run the CLI in-process through click's CliRunner with the project's config."""
    return functools.partial(cli_run, project)


@pytest.fixture(scope="session")
def corpus_archive(tmp_path_factory) -> Iterator[CorpusArchive]:
    """Three years in one config, as users run them; CLK2025 first replayed through Git LFS.

    CLK2025 kept its decks in Git LFS until its last commit, so the archive is first synced at
    the commit before it (the decks come from the corpus's LFS server) and then at the tip, where
    the same decks are plain blobs. Read-only checks share it; a test that changes it must copy it.
    """
    if not CORPUS:
        pytest.skip("set CLKARCHIVE_CORPUS to a corpus folder")
    corpus = Path(CORPUS)
    root = tmp_path_factory.mktemp("corpus")
    for year in (2023, 2024, 2025):
        make = [str(corpus / "make-year-upstream"), str(year), str(root / f"CLK{year}.git")]
        subprocess.run(make, check=True, capture_output=True)
    clk2025 = root / "CLK2025.git"
    tip = run_git(clk2025, "rev-parse", "main")
    run_git(clk2025, "update-ref", "refs/heads/main", f"{tip}~1")
    server = subprocess.Popen(
        [str(corpus / "lfs-server"), "0", "--seconds", "3600"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        lfs_url = server.stdout.readline().strip()
        assert lfs_url.startswith("http://127.0.0.1:"), lfs_url
        # OCR off: it would add minutes; tests/system/test_ocr.py reads real pictures,
        # tests/pictures/test_agenda.py recorded boxes.
        lines = ["[archive]", 'mirror_dir = "mirror"', 'index_dir = "index"', "ocr = false"]
        for year in (2023, 2024, 2025):
            url = json.dumps(str(root / f"CLK{year}.git"))
            lines += ["", "[[sources]]", f'name = "CLK{year}"', f"url = {url}", 'branch = "main"']
        lines.append(f"lfs_url = {json.dumps(lfs_url)}")  # CLK2025's
        config = root / "config.toml"
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        # Three years of real decks: many minutes on a loaded 2-core machine.
        first = run_process("sync", "--json", config=config, timeout=1800)
        assert first.returncode == 0, first.stderr
        run_git(clk2025, "update-ref", "refs/heads/main", tip)  # "clk2025 remove lfs"
        second = run_process("sync", "--json", config=config, timeout=1800)
        assert second.returncode == 0, second.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)
    yield CorpusArchive(config, json.loads(first.stdout), json.loads(second.stdout))


@pytest.fixture(scope="module")
def web_archive(tmp_path_factory) -> Archive:
    """The web tests' decks (helpers.web_decks) synced once per module, a secret file beside them."""
    tmp = tmp_path_factory.mktemp("web")
    upstream = Upstream(tmp / "upstream")
    upstream.commit(web_decks())
    (tmp / "secret.txt").write_text("do not serve me", encoding="utf-8")
    config = load_config(write_config(tmp / "config.toml", upstream.url))
    sync(config)
    return Archive(config)


@pytest.fixture
def fake_crontab(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in `crontab` on PATH that keeps the table in a file, as the real one does."""
    table = tmp_path / "crontab.txt"
    bin_dir = tmp_path / "bin"
    fake_program(
        bin_dir,
        "crontab",
        f'table="{table}"\n'
        'if [ "$1" = "-l" ]; then\n'
        '  [ -f "$table" ] || { echo "no crontab for $(id -un)" >&2; exit 1; }\n'
        '  cat "$table"\n'
        'elif [ "$1" = "-" ]; then cat > "$table"\n'
        "else exit 2; fi",
    )
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return table


@pytest.fixture
def odd_project(tmp_path: Path) -> Path:
    """A config in a folder whose name holds everything crontab, sh and systemd treat specially."""
    folder = tmp_path / 'it\'s 100% a \\ "$HOME" `x` ;folder'
    folder.mkdir()
    up = Upstream(tmp_path / "upstream")
    return write_config(folder / "config.toml", up.url)


@pytest.fixture(scope="module")
def web_client(web_archive: Archive) -> Iterator[TestClient]:
    """Starlette's test client on the web app over web_archive."""
    with TestClient(create_app(web_archive), base_url=BASE) as client:
        yield client


@pytest.fixture
def lfs_server() -> Iterator[LfsServer]:
    """A loopback Git LFS server (helpers.LfsServer), closed after the test."""
    server = LfsServer()
    yield server
    server.close()
