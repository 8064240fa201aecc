"""A loose dictionary translation (a common word's: 拷贝 -> copy) stands in for the user's word in the
talks that do not say it, though other talks do: a deck in the other language says it only that
way. Real decks synced into a real index, with its term table built as a sync builds it."""

from __future__ import annotations

import pytest

from clkarchive import Archive, index
from clkarchive.index import searching
from clkarchive.search import glossary, prepare
from helpers import make_pdf, synced

ENGLISH = "综合分论坛/5-DSA offload——Alice.pdf"  # says copy, never 拷贝
CHINESE = "综合分论坛/1-零拷贝网络——张三.pdf"
DECKS = {
    CHINESE: make_pdf("零拷贝网络", "拷贝的开销", "用户态到内核态的拷贝"),
    "综合分论坛/2-页面回收——李四.pdf": make_pdf("页面回收", "回收时拷贝页面", "冷页面的识别"),
    "综合分论坛/3-容器镜像——王五.pdf": make_pdf("容器镜像", "镜像层的拷贝", "启动时间"),
    "综合分论坛/4-调度器——赵六.pdf": make_pdf("调度器", "唤醒延迟", "负载均衡"),
    ENGLISH: make_pdf("DSA offload", "page copy with the DSA engine", "batched submission"),
    "综合分论坛/6-Scheduler——Bob.pdf": make_pdf("Scheduler latency", "wakeup latency", "load balance"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory):
    config = synced(tmp_path_factory.mktemp("loose"), DECKS)
    snapshot = index.Snapshot.open(config.index_dir)
    try:  # as a sync does once it has published
        prepare(snapshot, index.whoosh_dir(config.index_dir))
        terms = glossary.build(searching.reader(snapshot), glossary.Dictionary.open())
    finally:
        snapshot.close()
    # 拷贝 is on several pages here: CC-CEDICT's copy is a loose translation of it.
    assert 0 < dict((t, w) for t, _, w in terms.alternatives["拷贝"])["copi"] <= glossary.DICTIONARY_WEIGHT
    with Archive(config) as a:
        yield a


def test_a_loose_translation_stands_in_where_the_talk_does_not_say_the_word(archive):
    """Chinese decks say 拷贝; the English deck says copy, and DSA: it holds the whole query."""
    result = archive.search("DSA 拷贝")
    assert result.complete and [t.path for t in result.results] == [ENGLISH]
    assert result.results[0].expanded == ["copy"]


def test_a_loose_translation_adds_nothing_where_the_talk_says_the_word(archive):
    found = {t.path: t for t in archive.search("拷贝 开销").results}
    assert found[CHINESE].expanded == [] and ENGLISH not in found
