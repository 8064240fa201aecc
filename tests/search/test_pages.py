"""Which page comes first under a talk found by its speaker's name: the page that shows the person,
whichever form the query and the page write the name in; with topic words too, the page they
describe. Real decks synced into a real index, speakers read from their file names."""

import pytest

from clkarchive import Archive
from helpers import make_pdf, synced

# The title page prints the name only in characters (spaced, as decks lay it out; the text extractor
# may join them).
SPACED = "存储分论坛/1  块设备写回限流——乔一凡.pdf"
# The title page prints the name in characters and in an e-mail address; page 3 is about zswap.
MAILED = "内存分论坛/2  匿名页回收——林义凯.pdf"
# The title page prints the name in characters; the last page again, joined, in a contact list that
# also says the topic word more often.
CONTACT = "网络分论坛/5  多路径传输——唐葛亮.pdf"
# Only the file name (the title) writes cpuidle_ext; the pages say other things.
TITLED = "调度分论坛/6  基于eBPF的cpuidle_ext框架——王五.pdf"
# No page prints the speaker, whom only the file name gives.
UNPRINTED = "调度分论坛/5  调度延迟——孙磊.pdf"
OTHERS = {  # other talks saying some topic words, so that those weigh less than a name
    "综合分论坛/3  文件系统回写——张伟.pdf": ("文件系统回写\n张伟", "writeback of dirty pages to zswap"),
    "综合分论坛/4  网络限速——赵强.pdf": ("网络限速\n赵强", "throttling of flows, 压缩 headers"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    decks = {
        SPACED: make_pdf(
            "块设备写回限流\n乔 一 凡\n某公司 存储工程师",
            "目录\n01 背景\n02 设计\n03 效果",
            "writeback throttling: 每个 cgroup 的脏页写回带宽按设备的能力分配",
            "效果: 写回的延迟下降一半\n谢谢",
        ),
        MAILED: make_pdf(
            "匿名页回收\n林义凯 (yikai.lin@example.com)",
            "背景: 匿名页的回收比文件页慢",
            "zswap shrinker: 匿名页先压缩到内存池 (zpool), 冷了再写到交换设备",
        ),
        CONTACT: make_pdf(
            "使用 MPTCP 实现网络加速\n报告人: 唐葛亮",
            "背景: 单路径 TCP 的带宽上限",
            "联系方式\nGitHub: @geliangtang\nMPTCP: mptcp.dev\nMPTCP 邮件列表: mptcp",
        ),
        TITLED: make_pdf("自定义低功耗策略\n王五", "cpuidle_gov_ext_ops 接口", "谢谢"),
        UNPRINTED: make_pdf("调度延迟分析", "sched latency histogram", "谢谢"),
        **{path: make_pdf(*pages) for path, pages in OTHERS.items()},
    }
    with Archive(synced(tmp_path_factory.mktemp("pages"), decks)) as opened:
        yield opened


def first_page(archive: Archive, query: str, path: str) -> int | None:
    result = archive.search(query, pages=1)
    assert result.results and result.results[0].path == path, [t.path for t in result.results]
    pages = result.results[0].pages
    return pages[0].page if pages else None


@pytest.mark.parametrize("query", ["Qiao Yifan", "Yifan Qiao", "乔一凡"])
def test_a_speaker_query_shows_the_title_page_that_prints_the_name_spaced(archive, query):
    assert first_page(archive, query, SPACED) == 1


@pytest.mark.parametrize("query", ["Lin Yikai", "Yikai Lin", "林义凯"])
def test_a_speaker_query_shows_the_title_page_that_prints_the_name(archive, query):
    assert first_page(archive, query, MAILED) == 1


@pytest.mark.parametrize("query", ["Tang Geliang mptcp", "唐葛亮 MPTCP"])
def test_of_pages_printing_the_speaker_and_as_much_of_the_query_the_earliest_comes_first(archive, query):
    """Page 3 prints the name too (joined, as a handle) and says mptcp more often: the title page,
    where the deck introduces its speaker, still comes first."""
    assert first_page(archive, query, CONTACT) == 1


def test_a_word_only_the_title_holds_is_shown_on_the_first_page(archive):
    assert first_page(archive, "cpuidle_ext", TITLED) == 1


@pytest.mark.parametrize("query", ["Sun Lei", "Lei Sun", "孙磊"])
def test_a_speaker_no_page_prints_is_shown_on_the_first_page(archive, query):
    assert first_page(archive, query, UNPRINTED) == 1


@pytest.mark.parametrize("query", ["林义凯 zswap shrinker zpool", "Yikai Lin zswap shrinker zpool"])
def test_topic_words_weighing_more_than_the_name_decide_the_page_the_name_the_talk(archive, query):
    """The title page prints the name, page 3 the three topic words: together they weigh more."""
    assert first_page(archive, query, MAILED) == 3
