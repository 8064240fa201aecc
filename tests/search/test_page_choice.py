"""Which page comes first under a talk: the words of the query the talk's title does not say decide
it, a query saying nothing but the talk's subject is answered by its title page, and a page saying
the query in the deck's own language says it. Real decks synced into a real index."""

import pytest

from clkarchive import Archive
from helpers import make_pdf, synced

RAID = "存储分论坛/1  MD RAID lockless bitmap——Zheng Qi.pdf"
GOVERNOR = "调度分论坛/2  cpufreq_ext 调频框架——邹八.pdf"
# Opens with the conference's cover page; the title page is the second.
COVERED = "内存分论坛/3  稀疏文件零页填充——白九.pdf"
SPE = "内存分论坛/4  SPE 在 NUMA balancing 中的实践——左十.pdf"  # the title abbreviates a glossary term
EEVDF = "调度分论坛/5  EEVDF 调度器——杨十一.pdf"  # Chinese, one page of sysctl names in English
GPU = "内存分论坛/6  GPU 压缩——林十二.pdf"  # Chinese; a function name says submit
BIO = "存储分论坛/7  Block layer——Ann.pdf"  # says submit on many pages: a loose translation's word
DECKS = {
    RAID: make_pdf(
        "MD RAID lockless bitmap\nZheng Qi",
        "Background: RAID keeps its copies in sync",
        "States: unwritten regions skip resync on rebuild",
        "bitmap pages: one bit per chunk",
    ),
    GOVERNOR: make_pdf(
        "cpufreq_ext: a BPF based cpufreq governor\n邹八",
        "背景: 现有的 governor 不够灵活",
        "实现: 加载 BPF governor, 注册到 cpufreq_ext\ncpufreq_ext 调用 BPF governor 的回调\n"
        "BPF governor 示例",
    ),
    COVERED: make_pdf(
        "CHINA LINUX KERNEL\n中国Linux内核开发者大会\n赞助单位 华中科技大学",
        "稀疏文件零页填充\n白九 阿里云",
        "零页填充: 稀疏文件的空洞读到零页, 零页填充节省内存",
    ),
    SPE: make_pdf(
        "ARM64 SPE 在 NUMA balancing 中的实践\n左十",
        "Statistical Profiling Extension: 硬件采样内存访问",
        "SPE-based NUMA balancing: 采样驱动的页迁移",
    ),
    EEVDF: make_pdf("EEVDF 调度器\n杨十一", "sysctl: latency_nice, preemption", "唤醒延迟与抢占"),
    GPU: make_pdf("GPU 压缩\n林十二", "submit_bio() 路径", "每次只提交一个页面给 GPU"),
    BIO: make_pdf("Block layer", "submit bio", "submit requests", "submit queue", "submit path"),
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    with Archive(synced(tmp_path_factory.mktemp("page-choice"), DECKS)) as opened:
        yield opened


def pages(archive: Archive, query: str, path: str) -> list[int]:
    """The pages shown under the talk at path, first first."""
    hit = next(t for t in archive.search(query, pages=3).results if t.path == path)
    return [p.page for p in hit.pages]


def test_the_words_the_title_does_not_say_decide_the_page(archive):
    """The title page holds three of the four words, page 3 one: the three are the talk's subject,
    on its title, and every page is about them; resync is what the user asks about it."""
    assert pages(archive, "md raid bitmap resync", RAID)[0] == 3


def test_a_query_saying_only_the_subject_is_shown_on_the_title_page(archive):
    """Page 3 says the same words more often; it says nothing the title page does not."""
    assert pages(archive, "cpufreq_ext BPF governor", GOVERNOR)[0] == 1


def test_the_title_page_is_the_one_naming_the_talk_not_the_conference_cover(archive):
    assert pages(archive, "稀疏文件零页填充", COVERED)[0] == 2


def test_a_title_abbreviating_the_query_leaves_the_page_spelling_it_out_first(archive):
    """The title says SPE, which the glossary gives for Statistical Profiling Extension: page 2, which
    spells out what the user wrote, explains the subject; pages 1 and 3 only abbreviate it."""
    assert pages(archive, "Statistical Profiling Extension NUMA balancing", SPE)[0] == 2


def test_a_page_saying_the_query_in_the_decks_language_says_it(archive):
    """Page 3 says all three words in Chinese, page 2 two of them in English (as code names)."""
    assert pages(archive, "wakeup latency preemption", EEVDF)[0] == 3


def test_a_loose_translation_still_tells_the_page_in_a_talk_saying_the_word(archive):
    """The deck says submit (in submit_bio), so the dictionary's 提交 is no part of its match; its
    page saying 提交 and 页面 (pages) still says more of the query than page 2."""
    result = archive.search("submit pages", pages=3)
    hit = next(t for t in result.results if t.path == GPU)
    assert "提交" not in hit.expanded
    assert hit.pages[0].page == 3


def test_the_speakers_name_is_no_subject_word(archive):
    """The title page prints the speaker, page 4 says chunk: the name weighs more, and the page
    showing the person comes first (the title words raid and bitmap count on neither)."""
    assert pages(archive, "Zheng Qi raid chunk", RAID)[0] == 1
