"""What a sync keeps for each deck and source: identical decks each with their own pages, a renamed
source, an unexpected error that fails only its source, a file too big to read, a deck that always fails."""

from __future__ import annotations

import json
import time
from pathlib import Path

from clkarchive import index
from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import Upstream, make_pdf, run_process, write_config

DECK = make_pdf("页一 identical deck", "页二 second page", "页三 third page")


def two_sources(tmp_path: Path, first: Upstream, second: Upstream, **archive) -> Path:
    config = write_config(tmp_path / "config.toml", first.url, **archive)
    text = config.read_text(encoding="utf-8")
    text += f'\n[[sources]]\nname = "CLK2025"\nurl = {json.dumps(second.url)}\n'
    config.write_text(text, encoding="utf-8")
    return config


def pages_by_file(config) -> dict[tuple[str, str], list[int]]:
    """Page numbers the index holds for each (source, path), and the count its file record says."""
    snapshot = index.Snapshot.open(config.index_dir)
    try:
        files = snapshot.files()
        found = {
            (f.source, f.talk.path): [p.page for p in snapshot.pages(f.source, f.talk.path)] for f in files
        }
    finally:
        snapshot.close()
    found = {k: v for k, v in found.items() if v}
    counts = {(f.source, f.talk.path): f.pages for f in files}
    assert {k: len(v) for k, v in found.items()} == {k: v for k, v in counts.items() if v}
    return {k: sorted(v) for k, v in found.items()}


def test_identical_decks_each_list_exactly_their_own_pages(tmp_path):
    """16 copies in one source, a 17th later, a rename, a copy in another source: 3 pages each."""
    first, second = Upstream(tmp_path / "a"), Upstream(tmp_path / "b")
    first.commit({f"综合分论坛/{n}-Copy {n}.pdf": DECK for n in range(1, 17)})
    second.commit({"主论坛/1-Other.pdf": make_pdf("other")})
    config = load_config(two_sources(tmp_path, first, second))
    (one, _) = sync(config)
    assert (one.added, one.extracted, one.pages) == (16, 16, 48)
    first.commit({"综合分论坛/17-Copy 17.pdf": DECK})
    first.rename("综合分论坛/1-Copy 1.pdf", "内存分论坛/1-Renamed.pdf")
    second.commit({"主论坛/2-Same deck.pdf": DECK})
    started = time.monotonic()
    (again, across) = sync(config)
    seconds = time.monotonic() - started
    assert (again.extracted, across.extracted) == (0, 0)  # text reused by blob id
    pages = pages_by_file(config)
    copies = {k: v for k, v in pages.items() if k[1] != "主论坛/1-Other.pdf"}
    assert len(copies) == 18
    assert set(map(tuple, copies.values())) == {(1, 2, 3)}
    print(f"\n18 identical decks: {sum(map(len, copies.values()))} pages listed, re-sync {seconds:.2f} s")


def test_a_source_renamed_without_prune_keeps_exact_pages(tmp_path, upstream):
    upstream.commit({"综合分论坛/1-Deck.pdf": DECK, "综合分论坛/2-Twin.pdf": DECK})
    config_path = write_config(tmp_path / "config.toml", upstream.url)
    sync(load_config(config_path))
    config_path.write_text(config_path.read_text().replace('"CLK2024"', '"CLK2024b"'), encoding="utf-8")
    config = load_config(config_path)
    sync(config)
    sync(config)
    pages = pages_by_file(config)
    names = ("综合分论坛/1-Deck.pdf", "综合分论坛/2-Twin.pdf")
    assert set(pages) == {(s, p) for s in ("CLK2024", "CLK2024b") for p in names}
    assert set(map(tuple, pages.values())) == {(1, 2, 3)}


def test_an_unexpected_error_fails_only_its_source_and_is_recorded(tmp_path):
    good, odd = Upstream(tmp_path / "good"), Upstream(tmp_path / "odd")
    good.commit({"主论坛/1-Fine.pdf": make_pdf("fine kernel")})
    odd.commit({"主论坛/abc.pdf": make_pdf("odd")})
    config = two_sources(tmp_path, good, odd)
    # A pattern whose "order" group catches letters: int() of them is an error nobody foresaw.
    config.write_text(config.read_text() + 'pattern = "(?P<order>[a-z]+)[.]pdf"\n', encoding="utf-8")
    result = run_process("sync", config=config)
    assert result.returncode == 1, result.stderr
    assert "CLK2025: unexpected error: ValueError" in result.stderr and "Traceback" not in result.stderr
    assert "CLK2024: " in result.stdout  # the other source synced
    assert json.loads(run_process("search", "--json", "fine", config=config).stdout)["total"] == 1
    check = run_process("status", "--check", config=config)
    problem = next(line for line in check.stderr.splitlines() if "problem: CLK2025" in line)
    assert check.returncode == 1 and "failed" in problem and "unexpected error: ValueError" in problem


def test_a_file_over_max_file_mb_is_listed_as_material_and_never_read(project, upstream, talks):
    big = "综合分论坛/9-Huge deck.pdf"
    upstream.commit({**talks, big: b"%PDF-1.4\n" + b"0" * (3 * 2**20)})
    project.write_text(project.read_text().replace("workers = 2", "workers = 2\nmax_file_mb = 2"))
    config = load_config(project)
    (report,) = sync(config)
    assert report.extracted == 3 and [f.path for f in report.failures] == [big]
    assert "over archive.max_file_mb (2), not read" in report.failures[0].reason
    (held,) = [f for f in index.Store(config.index_dir).files() if f.talk.path == big]
    assert held.talk.kind == "material" and "max_file_mb" in held.talk.note
    (again,) = sync(config)
    assert (again.added, again.changed, again.extracted, again.newsworthy()) == (0, 0, 0, False)


def test_a_deck_failing_every_run_costs_nothing_and_quiet_stays_quiet(project, upstream, talks):
    upstream.commit({**talks, "综合分论坛/4-Broken.pdf": b"%PDF-1.4 garbage"})
    first = run_process("sync", "--quiet", config=project)
    assert first.returncode == 0 and "skipped 综合分论坛/4-Broken.pdf" in first.stdout
    upstream.commit({"README.md": b"# changed readme\n"})  # a new commit, the same broken blob
    for _ in range(2):
        quiet = run_process("sync", "--quiet", "--json", config=project)
        (report,) = json.loads(quiet.stdout)
        assert (report["added"], report["extracted"]) == (0, 0)
        assert run_process("sync", "--quiet", config=project).stdout == ""
    forced = run_process("sync", "--json", "--retry-failed", config=project)
    (report,) = json.loads(forced.stdout)
    assert (report["added"], report["extracted"], len(report["failures"])) == (0, 1, 1)
    listed = json.loads(run_process("talks", "--json", config=project).stdout)
    (broken,) = [t for t in listed if t["path"] == "综合分论坛/4-Broken.pdf"]
    assert broken["note"].startswith("not a readable PDF")
    found = json.loads(run_process("search", "--json", "Broken", config=project).stdout)
    assert [r["path"] for r in found["results"]] == ["综合分论坛/4-Broken.pdf"]
