"""Fixtures shared by every folder of tests; the helpers they are made of are in tests/helpers.py."""

from __future__ import annotations

import functools
import inspect
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from _pytest.nodeid import NodeId
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
    picture_pdf,
    run_git,
    run_process,
    sample_talks,
    web_decks,
    write_config,
)

TESTS = Path(__file__).resolve().parent
SYSTEM = TESTS / "system"


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """The suite runs on one pytest-xdist worker per core unless told otherwise (-n N, -n 0, --pdb, or
    -p no:xdist for a plain serial run), in groups (tests sharing a costly fixture, see
    shared_fixture_groups): it runs before xdist's own hook, which reads these options."""
    if not config.pluginmanager.hasplugin("xdist") or hasattr(config, "workerinput"):
        return
    if config.option.numprocesses is None and not config.option.usepdb:
        config.option.numprocesses = "auto"
    if config.option.numprocesses and config.option.dist == "no":
        config.option.dist = "loadgroup"


@pytest.hookimpl(optionalhook=True)  # xdist's hook: a worker parses only the command line
def pytest_configure_node(node) -> None:
    """Tells each worker the groups are on when pytest_cmdline_main chose --dist loadgroup."""
    node.workerinput["loadgroup"] = node.config.option.dist == "loadgroup"


@pytest.hookimpl(tryfirst=True)  # before xdist's worker reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Everything under tests/system is the slow tier (a real sync, a subprocess, OCR or a browser):
    `pytest -m "not slow"` runs the unit tier, every other folder. On an xdist worker, each test that
    shares a costly fixture gets its group in its id, which is what the scheduler reads."""
    system = {path: path.resolve().is_relative_to(SYSTEM) for path in {item.path for item in items}}
    for item in items:
        if system[item.path]:
            item.add_marker(pytest.mark.slow)
    if getattr(config, "workerinput", {}).get("loadgroup"):  # an xdist worker, --dist loadgroup
        config.option.loadgroup = True  # xdist's worker adds each test's group to its id after this hook
        for item, group in shared_fixture_groups(items).items():
            item.add_marker(pytest.mark.xdist_group(group))
            if hasattr(item, "_id"):  # pytest 9.2 keeps the id there; xdist 3.8 still writes _nodeid
                item._id = NodeId.parse(f"{item.nodeid}@{group}")


def shared_fixture_groups(items: list[pytest.Item]) -> dict[pytest.Item, str]:
    """Each test's xdist group: the tests that use one session fixture of ours (the three-year corpus
    sync takes minutes) run on one worker, which builds it once; otherwise the tests of a module that
    share a module or class fixture of ours (a synced archive, a browser) or a cache the module keeps
    (functools.cache: test_synthetic_posters' OCR of each poster) run together, as in a serial run. A
    module fixture that session-fixture tests use as well (test_browser's browser) is then built on two
    workers: seconds, where keeping the module whole would queue it behind the corpus sync. The other
    tests are free to go to either worker."""
    groups: dict[pytest.Item, str] = {}
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        shared = [
            fixture
            for defs in item._fixtureinfo.name2fixturedefs.values()
            if (fixture := defs[-1]).scope != "function"
            and Path(inspect.getfile(fixture.func)).resolve().is_relative_to(TESTS)
        ]
        session = sorted(f.argname for f in shared if f.scope in ("session", "package"))
        if session:
            groups[item] = "+".join(session)
        elif shared or keeps_a_cache(item.module):
            groups[item] = item.nodeid.split("::")[0]
    return groups


@functools.cache
def keeps_a_cache(module: ModuleType) -> bool:
    return any(
        isinstance(value, functools._lru_cache_wrapper) and value.__module__ == module.__name__
        for value in vars(module).values()
    )


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
    the same decks are plain blobs; between the two, its catalogue is listed and a sync with nothing
    new upstream is run (tests/system/test_sync_lfs.py checks them). Read-only checks share it; a
    test that changes it takes a copy (corpus_copy).
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
        lfs_talks = run_process("talks", "--json", config=config)
        assert lfs_talks.returncode == 0, lfs_talks.stderr
        quiet = run_process("sync", "--json", config=config)  # nothing new upstream: nothing to do
        assert quiet.returncode == 0, quiet.stderr
        run_git(clk2025, "update-ref", "refs/heads/main", tip)  # "clk2025 remove lfs"
        second = run_process("sync", "--json", config=config, timeout=1800)
        assert second.returncode == 0, second.stderr
    finally:
        server.terminate()
        server.wait(timeout=30)
    yield CorpusArchive(
        config,
        json.loads(first.stdout),
        json.loads(lfs_talks.stdout),
        json.loads(quiet.stdout),
        json.loads(second.stdout),
    )


@pytest.fixture
def corpus_copy(corpus_archive: CorpusArchive, tmp_path: Path) -> Path:
    """A copy of corpus_archive (its config's paths are relative: the copy works where it lands) for a
    test that changes the archive: seconds, where its syncs take minutes. The upstreams (*.git) are
    shared, read-only. The copy's config path."""
    for entry in corpus_archive.config.parent.iterdir():
        if entry.is_dir() and entry.suffix != ".git":
            shutil.copytree(entry, tmp_path / entry.name, symlinks=True)
        elif entry.is_file():
            shutil.copy2(entry, tmp_path / entry.name)
    return tmp_path / corpus_archive.config.name


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


@pytest.fixture
def picture_archive(tmp_path: Path) -> Path:
    """An upstream (tmp_path / "upstream") whose one deck is a picture of ZEPHYRLOCK: OCR's to read."""
    Upstream(tmp_path / "upstream").commit({"主论坛/1-Pictures only.pdf": picture_pdf("ZEPHYRLOCK")})
    return tmp_path
