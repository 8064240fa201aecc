"""Related talks: more-like-this over the talks' text, across languages through the term bridge.

A real Whoosh index of two years, written through the index's own Store (as a sync publishes it),
read through the Archive and the web API. The two decks on memory reclaim share no word as
written: one is all Chinese, the other all English. Each unrelated deck shares a few incidental
words with one of them, so that without the bridge it would be the only talk found like it.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.models import Talk
from clkarchive.web import create_app
from helpers import BASE

EN_RECLAIM = "内存分论坛/1-Memory reclaim——Alice.pdf"
EN_EXPORT = "内存分论坛/1-Memory reclaim——Alice.pptx"  # the same talk, exported: never its own relative
ZH_RECLAIM = "内存分论坛/1-内存回收——张三.pdf"
EN_OTHER = "网络分论坛/2-Packet steering——Bob.pdf"
ZH_OTHER = "调度分论坛/2-负载均衡——李四.pdf"
POSTER = "内存分论坛.png"  # a material: its OCR text names both reclaim talks

EN_PAGES = [
    "Memory reclaim: why kswapd falls behind",
    "Direct reclaim stalls the allocating task",
    "Reclaim batches and the LRU lists",
]
ZH_PAGES = ["内存回收为何变慢", "直接回收让分配内存的进程停顿", "回收的批次与链表"]
# Talks on other subjects, as long as decks go: an index of a few pages would hold every word on
# most of them, and more-like-this leaves out the words most pages say.
ELSEWHERE = {
    ("存储分论坛/3-EROFS images——Carol.pdf", "EROFS images"): [
        f"EROFS compressed image layout {n}" for n in range(8)
    ],
    ("存储分论坛/4-文件系统日志——王五.pdf", "文件系统日志"): [
        f"文件系统日志与元数据写入 {n}" for n in range(8)
    ],
}
# (source, path, kind, title, pages)
TALKS = [
    ("CLK2024", EN_RECLAIM, "slides", "Memory reclaim", EN_PAGES),
    ("CLK2024", EN_EXPORT, "slides", "Memory reclaim", EN_PAGES),
    ("CLK2023", ZH_RECLAIM, "slides", "内存回收", ZH_PAGES),
    (
        "CLK2023",
        EN_OTHER,
        "slides",
        "Packet steering",
        ["Packet steering: why receive queues stall", "Steering tables for each queue", "Interrupt batches"],
    ),
    ("CLK2024", ZH_OTHER, "slides", "负载均衡", ["调度器为何迁移任务", "运行队列的负载", "调度域之间的均衡"]),
    ("CLK2024", POSTER, "material", "内存分论坛", ["内存回收 张三 Memory reclaim Alice 议程"]),
    *(("CLK2023", path, "slides", title, pages) for (path, title), pages in ELSEWHERE.items()),
]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    root = tmp_path_factory.mktemp("related")
    store = index.Store(root / "index", create=True)
    try:
        update = store.update()
        for n, (source, path, kind, title, pages) in enumerate(TALKS):
            forum = path.partition("/")[0] if "/" in path else ""
            update.add(source, f"blob{n}", Talk(path, kind, forum, forum, None, title), pages)
        update.commit()
    finally:
        store.close()
    sources = "".join(f'\n[[sources]]\nname = "{s}"\nurl = "{root / s}"\n' for s in ("CLK2023", "CLK2024"))
    config = root / "config.toml"
    config.write_text(f'[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\nocr = false\n{sources}')
    with Archive(load_config(config)) as opened:
        yield opened


def related(archive: Archive, source: str, path: str) -> list[tuple[str, str]]:
    return [(r.source, r.path) for r in archive.related(source, path)]


RECLAIM_FILES = {("CLK2024", EN_RECLAIM), ("CLK2024", EN_EXPORT)}  # one talk, two files


def test_an_english_deck_is_related_to_the_chinese_deck_on_its_subject(archive):
    """Memory reclaim and 内存回收 share no word as written: the bridge (reclaim -> 回收, memory ->
    内存) relates them, above the English deck that shares why, stall and batches with it."""
    found = related(archive, "CLK2024", EN_RECLAIM)
    assert found[0] == ("CLK2023", ZH_RECLAIM), found


def test_a_chinese_deck_is_related_to_the_english_deck_on_its_subject(archive):
    """And the reverse (回收 -> reclaim), above the Chinese deck that shares 为何 with it."""
    found = related(archive, "CLK2023", ZH_RECLAIM)
    assert found[0] in RECLAIM_FILES, found


def test_never_itself_nor_a_material_and_each_talk_once(archive):
    """The PPTX export holds every word of the PDF, and the poster names both reclaim talks: the
    most alike of all, and neither is a talk of its own; a third talk lists the two files once."""
    for source, path in (("CLK2024", EN_RECLAIM), ("CLK2024", EN_EXPORT), ("CLK2023", ZH_RECLAIM)):
        found = related(archive, source, path)
        assert len(found) == len(set(found)) >= 3, (path, found)
        assert ("CLK2024", POSTER) not in found
        assert len(RECLAIM_FILES & {(source, path), *found}) == 1, (path, found)


def test_the_api_of_a_talk_carries_its_related_talks(archive):
    with TestClient(create_app(archive), base_url=BASE) as client:
        answer = client.get("/api/talks/CLK2023/" + quote(ZH_RECLAIM))
    assert answer.status_code == 200
    shown = [(r["year"], r["title"], r["path"]) for r in answer.json()["related"]]
    assert shown[0][:2] == (2024, "Memory reclaim"), shown
    assert not {ZH_RECLAIM, POSTER} & {path for _, _, path in shown}
