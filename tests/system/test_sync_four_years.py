"""The whole CLK archive: four years' layouts, PowerPoint decks and Git LFS, in one config."""

from __future__ import annotations

import io
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from helpers import LfsServer, Upstream, cli_run, make_pdf, run_process
from real_names import LIANBO, NAMES


def make_pptx(*slides: str, notes: str = "", table: tuple[str, str] = ("", ""), group: str = "") -> bytes:
    prs = Presentation()
    for n, text in enumerate(slides):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = text
        if n == 0 and any(table):
            cells = slide.shapes.add_table(1, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
            cells.cell(0, 0).text, cells.cell(0, 1).text = table
        if n == 0 and group:
            box = slide.shapes.add_group_shape().shapes.add_textbox(
                Inches(1), Inches(4), Inches(3), Inches(1)
            )
            box.text_frame.text = group
        if n == 0 and notes:
            slide.notes_slide.notes_text_frame.text = notes
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def four_years(root: Path, lfs_server: LfsServer) -> Path:
    """Four upstreams, one per year and layout, and one config naming them all."""
    years = {
        "CLK2022": {
            "CLK2022_A_New_CPU_Frequency_Control_Mechanism_on_Linux.pdf": make_pdf("cpufreq governor ext"),
            "2022_CLK_EROFS over FSCACHE- 内核原生的镜像加速方案_阿里云_徐静波.pdf": make_pdf(
                "EROFS fscache 按需加载"
            ),
            "ublk-clk2022-张子扬-龙蜥社区.pptx": make_pptx("ublk userspace block", "io_uring 命令"),
            "clk2022_ublk.pptx.pdf": make_pdf("ublk userspace block"),
            "Kprobe优化算法16_9.pdf": make_pdf("kprobe 优化"),
            "imgs/photo.png": b"\x89PNG\r\n\x1a\n",
            "imgs/Readme.md": b"# images\n",
        },
        "CLK2023": {
            "CLK2023全部议程.png": b"\x89PNG\r\n\x1a\n",
            "主论坛/Keynote3-The Challenges of Scalability in Linux Kernel——宋牧春、郑琦.pdf": make_pdf(
                "scalability"
            ),
            "分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx": make_pptx(
                "Shrinking shrinker locking overhead",
                "Results",
                notes="讲者备注 lockless shrinker",
                table=("slab 锁竞争", "per-cpu"),
                group="grouped memcg text",
            ),
            "分论坛4（调试 eBPF 调度）/2  Legacy deck——张三.ppt": b"\xd0\xcf\x11\xe0legacy",
        },
        "CLK2024": {"内存分论坛/2-内存压缩大页(ZHP)优化.pdf": make_pdf("内存压缩大页 zram")},
        "CLK2025": {
            "README": b"CLK2025\n",
            "1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf": make_pdf("内核版本迁移 kernel upgrade"),
            LIANBO: make_pdf("crash utility eppic rust"),
            # Stored in Git LFS: the blob is a pointer, the deck is on the LFS server.
            "1 主论坛/5 廖远鸿-王骁-Zoned Storage性能优化探索与实践-10.28.pdf": lfs_server.store(
                make_pdf("zoned storage 顺序写", "ZNS SSD garbage collection")
            ),
        },
    }
    # OCR is tests/system/test_ocr.py's: the pictures here are stand-in bytes.
    lines = ['[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\nworkers = 2\nocr = false\n']
    for name, files in years.items():
        upstream = Upstream(root / name)
        upstream.commit(files)
        lines.append(f'[[sources]]\nname = "{name}"\nurl = "{upstream.url}"\n')
    lines[-1] += f'lfs_url = "{lfs_server.url}"\n'
    config = root / "config.toml"
    config.write_text("\n".join(lines), encoding="utf-8")
    return config


@pytest.fixture
def four_years_config(tmp_path, lfs_server):
    """The four years, not synced yet: for checks that change the upstreams or the LFS server."""
    return four_years(tmp_path, lfs_server)


@dataclass(frozen=True)
class FourYearsSync:
    """The four years synced once by the real program: its config, its output, the LFS server it read."""

    config: Path
    result: subprocess.CompletedProcess
    lfs_server: LfsServer
    downloads: int  # LFS downloads of the first sync


@pytest.fixture(scope="module")
def four_years_synced(tmp_path_factory):
    """The four years synced once by the real program, shared by every read-only check below."""
    server = LfsServer()
    config = four_years(tmp_path_factory.mktemp("four-years"), server)
    result = run_process("sync", config=config)
    yield FourYearsSync(config, result, server, server.downloads)
    server.close()


def talks_of(config: Path, *args: str) -> dict[str, dict]:
    result = cli_run(config, "talks", "--json", *args)
    assert result.exit_code == 0, result.stderr
    return {e["path"]: e for e in json.loads(result.stdout)}


def search_json(config: Path, *args: str) -> dict:
    result = cli_run(config, "search", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_four_sources_sync_in_one_command(four_years_synced):
    result = four_years_synced.result
    assert result.returncode == 0, result.stderr
    summaries = [line for line in result.stdout.splitlines() if " files, " in line]
    assert [s.split(":")[0] for s in summaries] == ["CLK2022", "CLK2023", "CLK2024", "CLK2025"]
    assert all(" 0 failed" in s for s in summaries if not s.startswith("CLK2023"))


def test_talks_shows_forum_order_title_and_speakers_for_every_layout(four_years_synced):
    entries = talks_of(four_years_synced.config)
    for path, forum, forum_en, order, title, speakers in NAMES:
        if path in entries:
            e = entries[path]
            assert (e["forum"], e["forum_en"], e["order"], e["title"], tuple(e["speakers"])) == (
                forum,
                forum_en,
                order,
                title,
                speakers,
            ), path
    assert sum(p in entries for p, *_ in NAMES) == 11
    assert entries["分论坛4（调试 eBPF 调度）/2  Legacy deck——张三.ppt"]["note"].startswith(
        "legacy PowerPoint"
    )
    assert entries["imgs/photo.png"]["kind"] == "material" and "imgs/Readme.md" not in entries
    assert "README" not in entries


def test_pptx_slides_tables_groups_and_notes_are_searchable(four_years_synced):
    path = "分论坛1（内存管理）/1  Shrinking_shrinker_locking_overhead——郑琦.pptx"
    for query in ("锁竞争", "memcg", "讲者备注", "lockless shrinker"):
        found = search_json(four_years_synced.config, query)
        assert found["results"][0]["path"] == path, query
        assert found["results"][0]["pages"][0]["page"] == 1
    results = search_json(four_years_synced.config, "Results")["results"]
    assert [(r["path"], r["pages"][0]["page"]) for r in results] == [(path, 2)]


def test_lfs_deck_is_fetched_checked_cached_and_opened(four_years_synced):
    assert four_years_synced.result.returncode == 0
    top = search_json(four_years_synced.config, "ZNS")["results"][0]
    assert (
        top["source"] == "CLK2025" and top["speakers"] == ["廖远鸿", "王骁"] and top["pages"][0]["page"] == 2
    )
    assert Path(top["file"]).read_bytes().startswith(b"%PDF")  # the deck, not its pointer
    assert four_years_synced.downloads == 1
    again = run_process(
        "sync", config=four_years_synced.config
    )  # nothing changed: the archive stays as shared
    assert again.returncode == 0, again.stderr
    assert four_years_synced.lfs_server.downloads == 1  # cached


def test_lfs_object_that_does_not_match_its_pointer_is_refused(four_years_config, lfs_server):
    for oid in lfs_server.objects:
        lfs_server.objects[oid] = b"%PDF-1.4 tampered"
    result = run_process("sync", "--json", config=four_years_config)
    report = {r["source"]: r for r in json.loads(result.stdout)}["CLK2025"]
    assert [f["reason"] for f in report["failures"]] == [
        f"LFS object {next(iter(lfs_server.objects))[:12]} does not match its pointer (sha256 or size differ)"
    ]


def test_lfs_server_down_is_a_skipped_file_retried_later(four_years_config, lfs_server):
    lfs_server.close()
    result = run_process("sync", "--json", config=four_years_config)
    assert result.returncode == 0
    report = {r["source"]: r for r in json.loads(result.stdout)}["CLK2025"]
    assert report["failures"][0]["reason"].startswith("LFS download failed")


def test_search_filters_by_source_and_year_and_speakers_are_searchable(four_years_synced):
    config = four_years_synced.config
    every = search_json(config, "ublk")
    assert {r["source"] for r in every["results"]} == {"CLK2022"}
    assert cli_run(config, "search", "ublk", "--year", "2023").exit_code == 1
    assert cli_run(config, "search", "ublk", "--source", "CLK2022").exit_code == 0
    bad = cli_run(config, "search", "ublk", "--year", "1999")
    assert bad.exit_code == 2 and "no configured source has year 1999" in bad.stderr
    by_speaker = search_json(config, "郑琦")
    assert {r["source"] for r in by_speaker["results"]} == {"CLK2023"} and by_speaker["total"] == 2
    assert set(talks_of(config, "--year", "2025")) == {
        "1 主论坛/2 贺中坤-字节大规模内核版本迁移实践.pdf",
        LIANBO,
        "1 主论坛/5 廖远鸿-王骁-Zoned Storage性能优化探索与实践-10.28.pdf",
    }


def test_history_that_moved_decks_out_of_lfs(tmp_path, lfs_server):
    deck = make_pdf("zoned storage 顺序写")
    upstream = Upstream(tmp_path / "CLK2025")
    path = "1 主论坛/5 廖远鸿-王骁-Zoned Storage性能优化探索与实践-10.28.pdf"
    upstream.commit({path: lfs_server.store(deck)}, "decks in LFS")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[archive]\nmirror_dir = "m"\nindex_dir = "i"\n\n[[sources]]\nname = "CLK2025"\n'
        f'url = "{upstream.url}"\nlfs_url = "{lfs_server.url}"\n',
        encoding="utf-8",
    )
    assert run_process("sync", config=config).returncode == 0
    upstream.commit({path: deck}, "git lfs migrate export")  # the same deck, now a plain blob
    lfs_server.close()
    result = run_process("sync", "--json", config=config)
    (report,) = json.loads(result.stdout)
    assert (report["changed"], report["failures"]) == (1, [])
    found = json.loads(run_process("search", "--json", "顺序写", config=config).stdout)
    assert found["results"][0]["path"] == path
