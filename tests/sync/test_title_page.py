"""Speakers read from title pages: real PDFs, a real sync into a real index, real searches."""

from __future__ import annotations

from pathlib import Path

import pytest

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import Upstream, make_pdf, write_config

NAMED = "内存分论坛/2-稀疏文件零页填充.pdf"
MAILED = "调度与锁分论坛/3-调度框架.pdf"
KNOWN = "内存分论坛/3-大页回收——李四.pdf"
WORDS = "综合分论坛/5-调度优化实践.pdf"
BANNER = "综合分论坛/6-无锁对象池.pdf"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """One conference synced once: a name beside the title, a name only an address marks, a file name
    that names its speaker, and a title page of company and role words only."""
    root: Path = tmp_path_factory.mktemp("title_page")
    upstream = Upstream(root / "upstream")
    upstream.commit(
        {
            NAMED: make_pdf("稀疏文件零页填充\n白铠豪\n阿里巴巴 内核开发工程师", "背景"),  # not 巴巴
            # No boundary tells where 张子扬 starts or ends but the address that spells it.
            MAILED: make_pdf("调度框架实践张子扬负载均衡\nzhangziyang.zzy@example.com", "调度类"),
            KNOWN: make_pdf("大页回收\n王五 华为", "回收路径"),
            BANNER: make_pdf(
                "中国Linux内核开发者大会\n赞助单位 华为 阿里云 腾讯云", "无锁对象池\n巫强 字节跳动"
            ),
            WORDS: make_pdf("调度优化实践\n华为技术有限公司\n高级工程师 资深专家\n方案与展望", "目录"),
        }
    )
    config = load_config(write_config(root / "config.toml", upstream.url))
    (report,) = sync(config)
    assert report.error is None
    return Archive(config)


def speakers_of(archive: Archive) -> dict[str, list[str]]:
    return {t.path: t.speakers for t in archive.talks()}


def first(archive: Archive, query: str) -> str | None:
    found = archive.search(query).results
    return found[0].path if found else None


def test_a_chinese_name_beside_the_title_is_the_speaker(archive: Archive) -> None:
    assert speakers_of(archive)[NAMED] == ["白铠豪"]
    assert first(archive, "bai kaihao") == NAMED  # its pinyin, as the index gives every speaker


def test_an_address_spelling_a_name_finds_it_and_its_pinyin_either_way(archive: Archive) -> None:
    assert speakers_of(archive)[MAILED] == ["张子扬"]
    assert first(archive, "张子扬") == MAILED
    assert first(archive, "zhang ziyang") == MAILED
    assert first(archive, "ziyang zhang") == MAILED


def test_a_file_name_speaker_is_kept_over_the_title_page(archive: Archive) -> None:
    talks = speakers_of(archive)
    assert talks[KNOWN] == ["李四"]
    assert talks[NAMED] == ["白铠豪"]  # the title page was read in the same sync


def test_company_and_role_words_are_no_speaker(archive: Archive) -> None:
    talks = speakers_of(archive)
    assert talks[WORDS] == []
    assert talks[MAILED] == ["张子扬"]  # the same sync read a name elsewhere


def test_the_title_page_may_follow_a_banner(archive: Archive) -> None:
    assert speakers_of(archive)[BANNER] == ["巫强"]


def test_a_cold_sync_publishes_its_title_pages_speakers_in_one_index_commit(archive: Archive) -> None:
    # Read as the decks are indexed, not by a second commit that relabels them after.
    assert index.generation(archive.config.index_dir) == 1


def test_a_product_after_a_company_is_no_name_where_latin_letters_follow_it() -> None:
    """CLK2024's 综合分论坛/7's title page, as its text layer reads: "浪潮信息云峦KeyarchOS…" is a
    company, then its product (云峦, 云 a surname); the speaker is the name on the line of its own."""
    from clkarchive.sync import title_page

    page = (
        "基于eBPF的内核态容器运行时\n安全实践\n浪潮信息云峦KeyarchOS基于eBPF技术的容器安全方案\n\n"
        "甄鹏\n浪潮信息操作系统安全专家\n"
    )
    assert title_page.speakers([page], "基于eBPF的内核态容器运行时安全实践") == ("甄鹏",)
