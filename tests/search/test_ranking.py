"""What ranks first: rare words over generic ones, talks over posters, a content page over an outline
or a link. Real decks synced into a real index; the poster's text and its agenda-only talk are
written as the pictures side writes them after reading the poster."""

import pytest

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.errors import QueryError
from clkarchive.models import PageText, Talk
from clkarchive.sync import sync
from helpers import Upstream, cli_run, make_pdf, write_config

# Six decks hold the generic words; one of them holds nothing else of the query.
GENERIC = [f"综合分论坛/{n}-案例{n}.pdf" for n in range(1, 7)]
OBJPOOL = "调度与锁分论坛/5-高性能无锁对象池的实现.pdf"
ZSWAP = "内存分论坛/3-交换优化.pdf"
POSTER = "调度与锁分论坛.webp"
POSTER_TEXT = (
    "调度与锁分论坛 2024年10月26日\n"
    "14:00-14:20 高性能无锁对象池的实现 王小明 某科技公司内核工程师\n"
    "14:20-14:40 基于eBPF的网络流量整形 李四 某云公司\n"
)
AGENDA_TITLE = "基于eBPF的网络流量整形"


def _generic(n: int) -> bytes:
    return make_pdf(f"案例{n}\n张三{n}", "Linux 内核 版本 升级的实践", f"第{n}个例子 网络流量 整形 一次")


@pytest.fixture(scope="module")
def ranking_config(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranking")
    upstream = Upstream(root / "upstream")
    upstream.commit(
        {
            **{path: _generic(n) for n, path in enumerate(GENERIC, start=1)},
            OBJPOOL: make_pdf(
                "高性能无锁对象池的实现\n王小明 某科技公司",
                "目录\n01 背景\n02 objpool 设计\n03 性能",
                "objpool 设计: 每个 CPU 一个环形队列, 分配与释放都不加锁, 满了才去别的 CPU 取",
                "性能: kretprobe 的吞吐提升数倍",
            ),
            ZSWAP: make_pdf(
                "交换优化",
                "补丁: https://lore.kernel.org/linux-mm/zswap-writeback-v3\n问题请发 wangxm@example.com",
                "zswap writeback 把冷的压缩页写回交换设备, 腾出内存池的空间, 再慢慢回收",
            ),
            POSTER: b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        }
    )
    config = load_config(write_config(root / "config.toml", upstream.url))
    sync(config)
    store = index.Store(config.index_dir)
    try:
        poster = next(f for f in store.files() if f.talk.path == POSTER)
        listed = Talk(
            path=POSTER,
            kind="agenda",
            forum=poster.talk.forum,
            forum_en=poster.talk.forum_en,
            order=2,
            title=AGENDA_TITLE,
            speakers=("李四",),
            note="no deck in the repository; from the agenda poster",
        )
        with store.update() as update:  # what the OCR pass and the agenda reading write
            update.rewrite_pages(poster, [PageText(1, POSTER_TEXT, ocr=True)])
            update.set_agenda("CLK2024", [(listed, f"{AGENDA_TITLE} 李四 某云公司")])
    finally:
        store.close()
    return config


@pytest.fixture(scope="module")
def archive(ranking_config):
    with Archive(ranking_config) as opened:
        yield opened


def first(archive: Archive, query: str, **kw) -> tuple[str, str, int]:
    top = archive.search(query, **kw).results[0]
    return top.path, top.title, top.pages[0].page


def test_one_rare_word_beats_three_generic_ones(archive):
    # No talk holds all four: the deck with the rare word comes before six with the generic three.
    result = archive.search("内核 版本 实践 objpool")
    assert not result.complete
    assert result.results[0].path == OBJPOOL


def test_a_content_page_comes_before_the_outline(archive):
    # The outline (page 2) says both words too, in fewer words.
    assert first(archive, "objpool 设计")[::2] == (OBJPOOL, 3)


def test_words_in_text_come_before_words_in_a_link(archive):
    # Page 2 holds both words only inside a URL, in a shorter page.
    assert first(archive, "zswap writeback")[::2] == (ZSWAP, 3)


def test_a_poster_is_no_talk_unless_asked_for(archive, ranking_config):
    assert all(t.path != POSTER for t in archive.search("王小明").results)
    assert first(archive, "王小明")[0] == OBJPOOL
    assert [t.path for t in archive.search("王小明", kind="material").results] == [POSTER]
    shown = cli_run(ranking_config.path, "search", "--kind", "material", "王小明")
    assert shown.exit_code == 0 and POSTER in shown.output
    assert POSTER not in cli_run(ranking_config.path, "search", "王小明").output


def test_an_agenda_only_talk_is_found_by_its_title(archive):
    # Every generic deck says 网络流量 整形 once; the poster lists the talk; the agenda-only talk is it
    # (its path is its poster's, its title the talk's).
    for query in (AGENDA_TITLE, "网络流量整形"):
        found = [(t.path, t.title) for t in archive.search(query).results]
        assert found[0] == (POSTER, AGENDA_TITLE)
        assert (POSTER, "调度与锁分论坛") not in found


def test_an_unknown_kind_is_refused(archive):
    with pytest.raises(QueryError, match="unknown kind"):
        archive.search("objpool", kind="poster")
