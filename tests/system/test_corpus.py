"""The real slides of CLK2023, CLK2024 and CLK2025, synced together as users run them.

Runs only when CLKARCHIVE_CORPUS names a corpus folder such as ../shared/corpus (with
make-year-upstream and lfs-server in it and eval/dev-queries.json beside it). Every check here
reads the one archive that conftest's `corpus_archive` syncs once per session.
"""

import json
import os
from pathlib import Path

import pytest

from clkarchive import Archive
from clkarchive.config import load_config
from helpers import CorpusArchive, run_process
from real_names import LISTED

CORPUS = os.environ.get("CLKARCHIVE_CORPUS")
pytestmark = [
    pytest.mark.skipif(not CORPUS, reason="set CLKARCHIVE_CORPUS to a corpus folder"),
]

# What each year's replayed upstream holds (the corpus lacks the decks of 4 MiB or more).
DECKS = {"CLK2023": 20, "CLK2024": 22, "CLK2025": 27}
MATERIALS = {"CLK2023": 1, "CLK2024": 7, "CLK2025": 0}
EXPECTED = {(row[0], row[1]): row[2:] for row in LISTED}
# With OCR off no poster is read: the CLK2024 decks whose file names name nobody get the speakers
# their title pages name (sync/title_page.py), each checked by reading the page.
TITLE_PAGE = {
    "主论坛/2-从内核的角度提高数据中心内存利用率.pdf": ("李泽帆",),
    "体系架构与虚拟化分论坛/1-RISC-V架构下的PMU虚拟化直通方案.pdf": ("路旭",),
    "体系架构与虚拟化分论坛/2-AMD平台Core&UnCore PMU虚拟化技术实践.pdf": ("郑翔", "陈培鸿"),
    "体系架构与虚拟化分论坛/5-riscv bpf现状与未来工作.pdf": ("蒲乐辉",),
    "体系架构与虚拟化分论坛/7-Virtio Crypto Akcipher虚拟化加速和 Crypto Over Fabrics资源池化方案.pdf": (
        "皮振伟",
    ),
    "内存分论坛/2-内存压缩大页(ZHP)优化.pdf": ("袁晓峰",),
    "内存分论坛/3-围绕 mTHP的 SWAP 系统优化.pdf": ("宋恺睿", "刘海龙"),
    "内存分论坛/7-稀疏文件零页填充.pdf": ("白铠豪",),
    "存储IO分论坛/2-EROFS文件系统最小化内存占用和申请时延的优化方案.pdf": ("郭纯海",),
    "存储IO分论坛/3-SLS单层存储 零拷贝共享内存设计与应用.pdf": ("黎红波",),
    "存储IO分论坛/5-DMA-BUF支持Direct IO功能的方案和收益.pdf": ("杨欢",),
    "存储IO分论坛/6-tcprt 面向网络监控的eBPF实践.pdf": ("卢烈",),
    "存储IO分论坛/7-Device Mapper减少flush和verity耗时的方案.pdf": ("王建政", "杨阳"),
    "综合分论坛/1-Inline tail 大幅减少 f2fs 小文件空间占用.pdf": ("伍勃",),
    "综合分论坛/3-cpufreq_ext 基于eBPF的CPU调频框架.pdf": ("邹贻鹏",),
    "调度与锁分论坛/1-f2fs large folios特性支持的探索和实践.pdf": ("张细锐", "荣乾锋"),
    "调度与锁分论坛/3-YALT Yet Another Lockless Tree.pdf": ("余松平", "Kuzin Artem"),
    "调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf": ("巫强",),
    "调度与锁分论坛/7-NUMA-ICON 一种自适应NUMA调度框架.pdf": ("唐辉",),
}


def dev_queries(name: str = "dev-queries.json") -> list[dict]:
    path = Path(CORPUS or ".").resolve().parent / "eval" / name
    return json.loads(path.read_text(encoding="utf-8")) if CORPUS else []


def talks_of(archive: CorpusArchive) -> list[dict]:
    listing = run_process("talks", "--json", config=archive.config)
    assert listing.returncode == 0, listing.stderr
    return json.loads(listing.stdout)


@pytest.fixture(scope="module")
def library(corpus_archive: CorpusArchive) -> Archive:
    return Archive(load_config(corpus_archive.config))


@pytest.mark.parametrize("case", dev_queries(), ids=lambda c: c["query"])
def test_dev_query_ranks_a_relevant_talk_and_page_first(library, case):
    result = library.search(case["query"], source="CLK2024")
    assert result.results, f"no results for {case['query']!r}"
    top = result.results[0]
    assert top.path in case["relevant"], [t.path for t in result.results[:5]]
    if wanted := case.get("pages", {}).get(top.path):
        assert top.pages[0].page in wanted


def test_scalable_mode_pasid_through_the_cli(corpus_archive):
    found = run_process(
        "search", "--json", "--source", "CLK2024", "scalable mode PASID", config=corpus_archive.config
    )
    assert found.returncode == 0, found.stderr
    top = json.loads(found.stdout)["results"][0]
    assert top["path"] == "主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf"
    assert top["pages"][0]["page"] in (11, 12, 13, 14)
    assert Path(top["file"]).is_file()


def test_clk2025_decks_come_through_git_lfs_then_as_plain_blobs(corpus_archive):
    lfs = {r["source"]: r for r in corpus_archive.lfs_sync}
    # At "clk2025 modify" every deck is an LFS pointer: the 27 the server holds are fetched and
    # indexed, the 13 it answers 404 for are failures of their own.
    assert lfs["CLK2025"]["error"] is None
    assert lfs["CLK2025"]["added"] >= DECKS["CLK2025"]
    assert len(lfs["CLK2025"]["failures"]) == 13, lfs["CLK2025"]["failures"]
    assert lfs["CLK2023"]["failures"] == [] and lfs["CLK2024"]["failures"] == []
    tip = {r["source"]: r for r in corpus_archive.tip_sync}
    # "clk2025 remove lfs": the same decks, now plain blobs; the absent ones are gone from the tree.
    assert tip["CLK2025"]["error"] is None and tip["CLK2025"]["failures"] == []
    assert tip["CLK2025"]["changed"] == DECKS["CLK2025"]
    assert tip["CLK2023"]["commit"] == tip["CLK2023"]["previous"]  # the other years did not move


def test_every_deck_and_poster_of_every_year_is_listed(corpus_archive):
    rows = talks_of(corpus_archive)
    for source in DECKS:
        mine = [r for r in rows if r["source"] == source]
        assert sum(r["kind"] == "slides" for r in mine) == DECKS[source], source
        assert sum(r["kind"] == "material" for r in mine) == MATERIALS[source], source
        assert all(r["pages"] > 0 for r in mine if r["kind"] == "slides"), source


def test_every_listed_talk_has_a_clean_title_its_speakers_and_an_english_forum(corpus_archive):
    for row in talks_of(corpus_archive):
        kind, forum_en, order, title, speakers = EXPECTED[(row["source"], row["path"])]
        if row["source"] == "CLK2024":
            speakers = speakers or TITLE_PAGE.get(row["path"], ())
        got = (row["kind"], row["forum_en"], row["order"], row["title"], tuple(row["speakers"]))
        assert got == (kind, forum_en, order, title, speakers), row["path"]
        if kind == "slides":
            assert forum_en and "clk" not in title.casefold(), row["path"]


def test_forum_memory_finds_the_memory_forum_of_every_year(library):
    found = library.search("内存", forum="Memory", limit=200)
    assert {t.source for t in found.results} == set(DECKS)
    assert all("memory" in t.forum_en.casefold() for t in found.results)


def test_source_and_year_narrow_a_search_to_one_year(library):
    every = {t.source for t in library.search("eBPF", limit=200).results}
    assert every == set(DECKS)
    assert {t.source for t in library.search("eBPF", year=2025, limit=200).results} == {"CLK2025"}


def test_every_talk_the_hard_queries_want_is_in_the_archive(corpus_archive):
    """dev-queries-hard.json is evaluated against this archive: each of its answers must be there."""
    listed = {f"{r['source']}:{r['path']}" for r in talks_of(corpus_archive)}
    wanted = {path for case in dev_queries("dev-queries-hard.json") for path in case["relevant"]}
    assert len(wanted) > 20 and wanted <= listed, sorted(wanted - listed)
