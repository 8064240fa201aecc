"""A repository laid out as nobody foresaw: decks at its root, named in English for a Chinese poster.

A real sync of a real git repository (text only), the poster's OCR boxes as
the OCR pass keeps them (recorded from tests/pictures/posters.py's forum
table, three forums side by side), then a second real sync lays the agenda
over the decks, with the term bridge the Archive hands it (the search's
glossary and CC-CEDICT, restricted to what the index holds) and the
README's recording links.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.pictures.ocr import pages_to_json
from clkarchive.web import create_app
from helpers import BASE, TESTS, Upstream, cli_run, found_paths, make_pdf, write_config

sys.path.insert(0, str(TESTS / "pictures"))
import posters

POSTER = "agenda.png"
ZERO_COPY = "Zero-copy send optimization in the network protocol stack.pdf"
DIRTY_PAGES = "Dirty page tracking for KVM live migration.pdf"
MTHP = "mTHP.pdf"
ISOLATION = "Memory isolation.pdf"
README = """# CLK

## Meeting Recordings

[主论坛](https://live.example.org/room/main)

[存储与文件系统 分论坛](https://live.example.org/room/storage)

[虚拟化与安全分论坛](https://live.example.org/room/virt)

[the slides of 内存管理分论坛](https://github.com/example/clk/tree/main/memory)

## Agenda
![agenda](./agenda.png)
"""


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The config of the synced repository, agenda applied."""
    root = tmp_path_factory.mktemp("matching")
    upstream = Upstream(root / "upstream")
    upstream.commit(
        {
            "README.md": README.encode(),
            POSTER: posters.poster("forum_table").png,
            # Decks named in English whose slides speak Chinese, as the conference's often do.
            ZERO_COPY: make_pdf("网络协议栈发送路径上的内存拷贝开销", "零拷贝发送的设计与优化效果"),
            DIRTY_PAGES: make_pdf("热迁移中的脏页跟踪", "KVM dirty ring 与 bitmap 的比较"),
            MTHP: make_pdf("mTHP 与大页内存", "多尺寸透明大页"),
            # Says what two talks of the poster are about in part, neither for sure: left alone.
            ISOLATION: make_pdf("内存隔离", "memory isolation"),
        }
    )
    config = write_config(root / "config.toml", upstream.url)
    archive = Archive(load_config(config))
    archive.sync()
    store = index.Store(archive.config.index_dir)
    (poster,) = [f for f in store.files("CLK2024") if f.talk.path == POSTER]
    update = store.update()  # what the OCR pass keeps of the poster
    update.set_ocr(poster.blob, pages_to_json({1: posters.recorded()["forum_table"]}))
    update.commit()
    store.close()
    archive.sync()  # lays the agenda over the talks
    return config


@pytest.fixture(scope="module")
def rows(synced: Path) -> dict[str, list[dict]]:
    """talks --json, by title."""
    found: dict[str, list[dict]] = {}
    for row in json.loads(cli_run(synced, "talks", "--json").output):
        found.setdefault(row["title"], []).append(row)
    return found


def test_the_term_bridge_of_an_index_that_cannot_be_read_bridges_nothing(tmp_path):
    archive = Archive(load_config(write_config(tmp_path / "config.toml", str(tmp_path / "nowhere"))))
    assert archive.term_bridge(["memory"]) == {}


def test_an_english_named_deck_gets_its_chinese_talks_time_forum_and_speaker(rows):
    (deck,) = rows["Zero-copy send optimization in the network protocol stack"]
    assert deck["path"] == ZERO_COPY
    assert (deck["start"], deck["end"]) == ("16:00", "16:30")
    assert deck["speakers"] == ["吴俊杰"]
    assert deck["forum"] == "存储与文件系统分论坛"  # a deck at the root takes the poster's forum
    (kvm,) = rows["Dirty page tracking for KVM live migration"]
    assert (kvm["start"], kvm["forum"], kvm["speakers"]) == ("14:30", "虚拟化与安全分论坛", ["谢宏伟"])


def test_a_deck_named_otherwise_shows_and_is_found_by_the_posters_title(synced, rows):
    """The poster's title says what the English file name does not: the user sees it beside the
    file's, and its Chinese words find the deck, not only the deck's own words."""
    (deck,) = rows["Zero-copy send optimization in the network protocol stack"]
    assert deck["agenda_title"] == "网络协议栈的零拷贝发送优化"
    (mthp,) = rows["mTHP"]
    assert mthp["agenda_title"] == "大页内存:从THP到mTHP的演进"  # as the reader spells it
    assert found_paths(synced, "零拷贝发送优化")[0] == ZERO_COPY
    with TestClient(create_app(Archive(load_config(synced))), base_url=BASE) as client:
        talk = client.get(f"/talk/CLK2024/{quote(ZERO_COPY)}").text
        schedule = client.get("/schedule/2024").text
    assert '<p class="printed">On the agenda: 网络协议栈的零拷贝发送优化</p>' in talk
    printed = '<span class="printed">网络协议栈的零拷贝发送优化</span>'
    assert schedule.count(printed) == 3  # in the grid, the phone's list and the forum's list


def test_a_short_title_is_matched_as_a_whole_word(rows):
    (deck,) = rows["mTHP"]
    assert (deck["start"], deck["speakers"], deck["forum"]) == ("15:20", ["赵思远"], "内存管理分论坛")


def test_a_matched_talk_is_listed_once(rows):
    agenda_only = {title for title, found in rows.items() for r in found if r["kind"] == "agenda"}
    assert not agenda_only & {
        "网络协议栈的零拷贝发送优化",
        "KVM热迁移的脏页跟踪优化",
        "大页内存：从THP到mTHP的演进",
    }
    assert sum(len(found) for found in rows.values()) == 12 + 2  # the poster's 12 talks, a material, a deck


def test_an_unsure_match_is_not_made(rows):
    (deck,) = rows["Memory isolation"]
    assert deck["start"] is None and deck["forum"] == "" and deck["speakers"] == []
    (talk,) = rows["容器场景下的cgroup内存隔离增强"]
    assert talk["kind"] == "agenda" and talk["start"] == "15:20"


def test_each_talk_gets_its_forums_recording_from_the_readme(rows):
    recordings = {
        r["forum"]: r["recording"] for found in rows.values() for r in found if r["kind"] != "material"
    }
    assert recordings == {
        "存储与文件系统分论坛": "https://live.example.org/room/storage",
        "虚拟化与安全分论坛": "https://live.example.org/room/virt",
        "内存管理分论坛": None,  # its only link is to a folder of slides, not a recording
        "": None,  # the deck no talk was matched to has no forum
    }


def test_the_talk_and_schedule_pages_link_the_recording(synced):
    with TestClient(create_app(Archive(load_config(synced))), base_url=BASE) as client:
        talk = client.get(f"/talk/CLK2024/{quote(ZERO_COPY)}").text
        schedule = client.get("/schedule/2024").text
        agenda_only = client.get(
            f"/agenda/CLK2024/{POSTER}", params={"title": "内核代码静态分析工具链建设"}
        ).text
    assert 'href="https://live.example.org/room/storage"' in talk
    assert 'href="https://live.example.org/room/storage"' in agenda_only
    assert schedule.count('href="https://live.example.org/room/virt"') >= 4  # each of the forum's talks


def test_agenda_talks_of_a_root_repository_are_found_by_forum(synced):
    listed = [
        line.split("\t") for line in cli_run(synced, "talks", "--forum", "虚拟化与安全").output.splitlines()
    ]
    pages = sorted(row[6] for row in listed[1:])
    assert pages == ["2", "agenda", "agenda", "agenda"]  # the KVM deck (its two pages), three talks


def test_what_the_agenda_gave_a_root_deck_is_no_change_to_its_file(synced):
    """Run last: it commits to the upstream. The sync compares each deck with what its path says."""
    Upstream(synced.parent / "upstream").commit({"notes.pdf": make_pdf("notes")})
    (report,) = Archive(load_config(synced)).sync()
    assert (report.added, report.changed, report.removed) == (1, 0, 0)
