"""The schedule's forum order, and the state a results page keeps: its forum filter, its no-result message."""

from __future__ import annotations

import re

from clkarchive.archive import TalkEntry
from clkarchive.web.timetable import forum_order, timetable


def entry(folder: str, start: str | None, kind: str = "slides") -> TalkEntry:
    forum = folder.split(" ", 1)[-1]
    path = f"{folder}/{start} talk.pdf" if kind != "agenda" else "议程.png"
    return TalkEntry(
        "CLK2025",
        forum,
        "",
        None,
        f"{forum} {start}",
        [],
        kind,
        3,
        "",
        path,
        "",
        "2025-11-08",
        start,
        None,
        [],
    )


def test_forums_keep_the_order_of_their_numbered_folders():
    # The forums start at different times: by time, 3 and 10 would come before 1 and 2.
    talks = [
        entry("3 文件系统分论坛", "13:00"),
        entry("10 AI 分论坛", "13:00"),
        entry("1 主论坛", "14:00"),
        entry("2 内存分论坛", "14:00"),
        entry("2 内存分论坛", "13:30"),
        entry("议程分论坛", "13:00", kind="agenda"),  # known from the poster only: last
    ]
    (day,) = timetable(talks)
    assert day.forums == ["主论坛", "内存分论坛", "文件系统分论坛", "AI 分论坛", "议程分论坛"]
    assert sorted({e.forum for e in talks}, key=forum_order(talks).__getitem__) == day.forums


def root_deck(forum: str, start: str, path: str, title: str) -> TalkEntry:
    """A deck at a repository's root, which the poster gave its forum and time."""
    return TalkEntry(
        "CLK2022",
        forum,
        "",
        None,
        title,
        ["赵天瑞"],
        "slides",
        3,
        "",
        path,
        "",
        "2022-12-10",
        start,
        None,
        [],
    )


def test_forums_of_a_root_repository_run_as_the_posters_day():
    """No folder orders them: the morning's 主论坛 comes first, not after "IO 与 ebpf 分论坛" by name."""
    talks = [
        root_deck("IO 与 ebpf 分论坛", "13:30", "a.pdf", "a"),
        root_deck("处理器架构与调度分论坛", "13:30", "b.pdf", "b"),
        root_deck("主论坛", "09:25", "c.pdf", "c"),
        root_deck("主论坛", "11:30", "d.pdf", "d"),
    ]
    (day,) = timetable(talks)
    assert day.forums == ["主论坛", "IO 与 ebpf 分论坛", "处理器架构与调度分论坛"]


def test_a_deck_and_its_export_are_one_talk_on_the_schedule():
    forum, export, deck = "调度分论坛", "clk2022_loongarch_kvm.pptx.pdf", "loongarch_kvm-clk2022-赵天瑞.pptx"
    pair = [
        root_deck(forum, "13:30", export, "loongarch_kvm"),
        root_deck(forum, "13:30", deck, "loongarch_kvm"),
        root_deck(forum, "13:30", "other.pdf", "another talk at the same time"),
    ]
    (day,) = timetable(pair)
    ((_, cells),) = day.rows
    assert [[e.path for e in files] for files in cells[forum]] == [[export, deck], ["other.pdf"]]


def test_the_forum_dropdown_shows_the_forum_the_url_filters_by(web_client):
    exact = web_client.get("/search", params={"q": "zram", "forum": "内存分论坛"}).text
    assert "<option selected>内存分论坛</option>" in exact
    partial = web_client.get("/search", params={"q": "zram", "forum": "内存"}).text  # as --forum: a part
    assert "<option selected>内存</option>" in partial and "1 matching talk" in partial


def test_no_result_is_one_message_with_the_filter_to_remove_as_a_link(web_client):
    html = web_client.get("/search", params={"q": "内存压缩", "forum": "主论坛", "year": "2024"}).text
    (message,) = re.findall(r'<p class="none">(.*?)</p>', html, re.S)
    assert "No talk matches <strong>内存压缩</strong>" in message and "matching talk" not in html
    links = dict(re.findall(r'<a href="([^"]+)">(Remove the \w+ filter)</a>', message))
    assert set(links.values()) == {"Remove the year filter", "Remove the forum filter"}
    unfiltered = next(url for url, text in links.items() if text == "Remove the forum filter")
    again = web_client.get(unfiltered.replace("&amp;", "&")).text
    assert "内存压缩大页(ZHP)优化" in again


def test_no_result_in_a_forum_links_the_corrected_word_everywhere(web_client):
    html = web_client.get("/search", params={"q": "zrma", "forum": "主论坛"}).text
    (message,) = re.findall(r'<p class="none">(.*?)</p>', html, re.S)
    corrected = re.search(r'search <a href="([^"]+)">zram</a> everywhere', message, re.I)
    assert corrected and "Showing results for" not in html
    assert "内存压缩大页(ZHP)优化" in web_client.get(corrected.group(1).replace("&amp;", "&")).text
