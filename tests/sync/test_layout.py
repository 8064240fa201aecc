"""The file-name parser: on made-up names, on one name of each layout, on every real name of the four
CLK repositories."""

import csv
import os
import re
from pathlib import Path, PurePosixPath

import pytest

from clkarchive.models import Talk
from clkarchive.sync.layout import describe
from real_names import LISTED, NAMES

CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


def talk_of(path: str) -> Talk:
    """The Talk of a path that is conference material."""
    talk = describe(path)
    assert talk is not None, path
    return talk


def test_slide_path_gives_forum_order_and_title():
    talk = talk_of("主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf")
    assert talk.kind == "slides"
    assert (talk.forum, talk.forum_en, talk.order) == ("主论坛", "Main forum", 3)
    assert talk.title == "RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线"


@pytest.mark.parametrize(
    ("folder", "english"),
    [
        ("主论坛", "Main forum"),
        ("内存分论坛", "Memory"),
        ("存储IO分论坛", "Storage and I/O"),
        ("体系架构与虚拟化分论坛", "Architecture and Virtualization"),
        ("调度与锁分论坛", "Scheduling and Locks"),
        ("综合分论坛", "General"),
    ],
)
def test_every_clk2024_forum_has_an_english_name(folder, english):
    assert talk_of(f"{folder}/1-Talk.pdf").forum_en == english


def test_title_keeps_inner_dashes():
    talk = talk_of("调度与锁分论坛/5-kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现.pdf")
    assert talk.order == 5
    assert talk.title == "kretprobe可扩展性性能提升 - 高性能无锁对象池objpool的实现"


def test_posters_are_materials_of_their_forum_including_the_misnamed_one():
    assert talk_of("内存分论坛.webp").forum == "内存分论坛"
    assert talk_of("内存分论坛.webp").kind == "material"
    assert talk_of("体系结构与虚拟化分论坛.webp").forum == "体系架构与虚拟化分论坛"
    assert talk_of("大会全议程.webp").forum == ""


@pytest.mark.parametrize("path", ["README.md", "LICENSE", "内存分论坛/.DS_Store", "notes.txt"])
def test_non_materials_are_ignored(path):
    assert describe(path) is None


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("SLS单层存储1.1.pdf", "SLS单层存储"),  # matching blind set 6: the poster's title had no "1.1"
        ("从内核的角度压榨内存v2.pdf", "从内核的角度压榨内存"),
        ("Linux内核的Rust支持.pdf", "Linux内核的Rust支持"),
    ],
)
def test_a_version_run_on_to_a_chinese_title_is_no_part_of_it(path, title):
    assert talk_of(path).title == title


def test_name_without_order_keeps_whole_stem_as_title():
    talk = talk_of("综合分论坛/Keynote.pdf")
    assert (talk.order, talk.title) == (None, "Keynote")


@pytest.mark.parametrize(
    ("source", "path", "kind", "forum_en", "order", "title", "speakers"), LISTED, ids=[r[1] for r in LISTED]
)
def test_every_real_file_name_parses(source, path, kind, forum_en, order, title, speakers):
    talk = describe(path)
    if kind is None:
        assert talk is None
        return
    assert talk is not None
    assert (talk.kind, talk.forum_en, talk.order, talk.title, talk.speakers) == (
        kind,
        forum_en,
        order,
        title,
        speakers,
    )


def test_no_real_title_carries_the_conference_tag_or_a_speaker():
    for _source, path, kind, _forum_en, _order, title, speakers in LISTED:
        if kind == "slides":
            assert not re.search(r"clk|_\d\d_", title, re.IGNORECASE), path
            assert not re.match(r"[\u4e00-\u9fff]{2,12}-(?!-)", title), path  # a leading block of names
            assert all(name not in title for name in speakers), path


def test_every_forum_of_every_year_has_an_english_name():
    folders = {PurePosixPath(path).parts[0] for _s, path, kind, *_ in LISTED if kind and "/" in path}
    named = {f: talk_of(f"{f}/1-x.pdf").forum_en for f in folders - {"imgs"}}
    assert len(named) == 1 + 4 + 5 + 6  # 2023 and 2024 share 主论坛; 2025 numbers its folders
    assert all(named.values()), [f for f, en in named.items() if not en]


def test_the_memory_forum_of_every_year_matches_memory():
    forums = ("内存分论坛", "分论坛1（内存管理）", "2 内存管理与优化分论坛")
    names = {talk_of(f"{f}/1-x.pdf").forum_en for f in forums}
    assert len(names) == 3 and all("memory" in en.casefold() for en in names)


@pytest.mark.skipif(not CORPUS, reason="set CLKARCHIVE_CORPUS to a corpus folder")
@pytest.mark.parametrize("source", ["CLK2022", "CLK2023", "CLK2024", "CLK2025"])
def test_the_table_holds_every_path_of_the_real_listing(source):
    listing = Path(CORPUS or ".") / "listings" / f"{source}.tsv"
    with listing.open(encoding="utf-8", newline="") as f:
        real = [row["path"] for row in csv.DictReader(f, delimiter="\t")]
    assert real == [path for s, path, *_ in LISTED if s == source]


@pytest.mark.parametrize(
    ("path", "forum", "forum_en", "order", "title", "speakers"), NAMES, ids=[n[0] for n in NAMES]
)
def test_default_parser_reads_every_layout(path, forum, forum_en, order, title, speakers):
    talk = describe(path)
    assert talk is not None
    assert (talk.forum, talk.forum_en, talk.order, talk.title, talk.speakers) == (
        forum,
        forum_en,
        order,
        title,
        speakers,
    )


@pytest.mark.parametrize("stem", ["3-内存-管理新方案", "x_y", "a——not a name!", "——", "2024", "___"])
def test_unparseable_names_never_crash_or_invent_speakers(stem):
    talk = describe(f"主论坛/{stem}.pdf")
    assert talk is not None
    assert talk.title and talk.speakers == ()


def test_source_pattern_overrides_the_default_parser():
    talk = describe(
        "talks/07 - Ada Lovelace - Engines.pdf",
        pattern=r"(?P<order>\d+) - (?P<speakers>[^-]+?) - (?P<title>[^/]+)\.pdf$",
    )
    assert talk is not None
    assert (talk.order, talk.title, talk.speakers) == (7, "Engines", ("Ada Lovelace",))


def test_legacy_ppt_and_images_are_materials_with_a_reason():
    ppt, png = describe("old/1-talk.ppt"), describe("imgs/x.png")
    assert ppt is not None and ppt.note.startswith("legacy PowerPoint .ppt")
    assert png is not None and png.kind == "material"
    assert describe("imgs/Readme.md") is None
