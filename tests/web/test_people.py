"""Speaker pages, the speaker directory and the Atom feed, over a real index of two years synced here."""

from __future__ import annotations

import importlib
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.models import IndexedFile, Talk
from clkarchive.search.people import Directory
from clkarchive.web import create_app
from helpers import BASE, LONG_TITLE, Upstream, make_pdf, two_years

ATOM = "{http://www.w3.org/2005/Atom}"
SONG_2023 = "Memory tiering in practice"
SONG_2024 = "RISC-V IOMMU Scalable 提案"


@pytest.fixture(scope="module")
def people_archive(tmp_path_factory) -> Iterator[Archive]:
    archive = Archive(load_config(two_years(tmp_path_factory.mktemp("people"))))
    archive.sync()
    yield archive
    archive.close()


@pytest.fixture(scope="module")
def people_client(people_archive: Archive) -> Iterator[TestClient]:
    with TestClient(create_app(people_archive), base_url=BASE) as client:
        yield client


def titles(html: str) -> list[str]:
    return re.findall(r'<h2><a href="[^"]*">([^<]*)</a></h2>', html)


def test_a_talk_page_links_each_speaker_to_a_page_of_their_talks_of_every_year(people_client):
    talk = people_client.get("/talk/CLK2023/" + quote("主论坛/1-Memory tiering in practice——宋恺睿.pdf"))
    link = re.search(r'<a class="speaker" href="([^"]+)">宋恺睿</a>', talk.text)
    assert link, talk.text
    page = people_client.get(link.group(1))
    assert page.status_code == 200
    assert "<h1>宋恺睿 <small" in page.text and "Song Kairui" in page.text
    assert titles(page.text) == [SONG_2024, SONG_2023]  # newest first: 2024's deck spells him Kairui Song
    assert "Kairui Song" in page.text and page.text.count("/thumb.webp") == 2


@pytest.mark.parametrize("name", ["宋恺睿", "Kairui Song", "song kairui", "Sòng Kǎiruì", "kai-rui song"])
def test_every_spelling_of_a_name_opens_the_same_page(people_client, name):
    page = people_client.get("/speaker/" + quote(name, safe=""))
    assert page.status_code == 200 and titles(page.text) == [SONG_2024, SONG_2023]


def test_a_name_no_one_has_is_404(people_client):
    assert people_client.get("/speaker/" + quote("王八蛋")).status_code == 404
    assert people_client.get("/speaker/song").status_code == 404  # a surname alone names no one
    assert people_client.get("/api/speakers/nobody%20here").status_code == 404


@pytest.mark.parametrize(
    ("query", "person"), [("song kairui", "宋恺睿"), ("宋恺睿", "宋恺睿"), ("zhang san", "San Zhang")]
)
def test_a_search_for_a_name_shows_the_speaker_above_the_results(people_client, query, person):
    html = people_client.get("/search", params={"q": query}).text
    box = re.search(r'<p class="person">Speaker: <a href="([^"]+)">([^<]+)</a>', html)
    assert box and box.group(2).startswith(person), html
    assert html.index('class="person"') < html.index('class="results"')
    assert people_client.get(box.group(1)).status_code == 200


def test_a_search_that_is_not_a_name_shows_no_speaker(people_client):
    assert 'class="person"' not in people_client.get("/search", params={"q": "memory"}).text


def test_search_results_link_their_speakers(people_client):
    html = people_client.get("/search", params={"q": "scheduler latency"}).text
    assert f'href="/speaker/{quote("李四")}"' in html and 'href="/speaker/San%20Zhang"' in html


def test_api_speakers_and_one_speaker(people_client):
    everyone = people_client.get("/api/speakers").json()
    assert {p["name"] for p in everyone} == {"宋恺睿", "San Zhang", "李四"}
    song = people_client.get("/api/speakers/" + quote("kairui song")).json()
    assert (
        song["name"] == "宋恺睿" and song["pinyin"] == "Song Kairui" and song["spellings"] == ["Kairui Song"]
    )
    assert [(t["year"], t["title"]) for t in song["talks"]] == [(2024, SONG_2024), (2023, SONG_2023)]


def held(speaker: str, title: str = "t") -> IndexedFile:
    talk = Talk(
        path=f"{speaker}.pdf",
        kind="slides",
        forum="",
        forum_en="",
        order=None,
        title=title,
        speakers=(speaker,),
    )
    return IndexedFile(source="CLK2024", blob="0" * 40, talk=talk, pages=1)


def test_a_latin_spelling_joins_a_chinese_name_only_when_one_name_reads_so():
    # 张鹏 and 张朋 both read Zhang Peng: "Peng Zhang" could be either, so it stays a person of its own.
    people = Directory([held("张鹏"), held("张朋"), held("Peng Zhang"), held("李泽帆"), held("Zefan Li")], {})
    names = {p.name: p.spellings for p in people.people}
    assert names == {"张鹏": [], "张朋": [], "Peng Zhang": [], "李泽帆": ["Zefan Li"]}
    assert {p.name for p in people.named("zhang peng")} == {"张鹏", "张朋", "Peng Zhang"}
    assert [p.name for p in people.named("Li Ze-fan")] == ["李泽帆"]
    assert (
        people.named("li") == [] and people.named('"zefan li"') == [] and people.named("title:li zefan") == []
    )


# -- the Atom feed --------------------------------------------------------------------------------


def parse_atom(xml: str) -> ET.Element:
    """The feed, checked for what RFC 4287 requires of a feed and of each entry; with feedparser too
    where it is installed."""
    feed = ET.fromstring(xml)
    assert feed.tag == f"{ATOM}feed"
    for element in [feed, *feed.findall(f"{ATOM}entry")]:
        for required in ("id", "title", "updated"):
            assert len(element.findall(f"{ATOM}{required}")) == 1, (element.tag, required)
        assert re.fullmatch(
            r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)", element.findtext(f"{ATOM}updated") or ""
        )
        assert re.match(r"[a-z][a-z0-9+.-]*:", element.findtext(f"{ATOM}id") or "")  # an absolute IRI
    assert feed.findall(f"{ATOM}author") or all(
        e.findall(f"{ATOM}author") for e in feed.findall(f"{ATOM}entry")
    )
    assert [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    for entry in feed.findall(f"{ATOM}entry"):
        assert [link for link in entry.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"]
    if importlib.util.find_spec("feedparser") is None:
        return feed
    parsed = importlib.import_module("feedparser").parse(xml)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "atom10"
    return feed


def test_the_feed_lists_the_talks_the_sync_added_with_their_first_slide(people_client):
    answer = people_client.get("/feed.xml")
    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = parse_atom(answer.text)
    entries = {e.findtext(f"{ATOM}title"): e for e in feed.findall(f"{ATOM}entry")}
    assert set(entries) == {SONG_2023, SONG_2024, "EEVDF notes", "Scheduler latency", LONG_TITLE}
    song = entries[SONG_2023]
    link = next(link.get("href") for link in song.findall(f"{ATOM}link"))
    assert link == BASE + "/talk/CLK2023/" + quote("主论坛/1-Memory tiering in practice——宋恺睿.pdf")
    assert [a.findtext(f"{ATOM}name") for a in song.findall(f"{ATOM}author")] == ["宋恺睿"]
    content = song.findtext(f"{ATOM}content") or ""
    picture = re.search(r'<img src="([^"]+)"', content)
    assert "主论坛" in content and "2023" in content and picture
    assert people_client.get(picture.group(1).removeprefix(BASE)).headers["content-type"] == "image/webp"


@pytest.mark.parametrize("url", ["/", "/speaker/" + quote("李四"), "/schedule", "/status"])
def test_every_page_names_the_feed(people_client, url):
    html = people_client.get(url).text
    assert '<link rel="alternate" type="application/atom+xml"' in html and 'href="/feed.xml"' in html


def test_an_archive_synced_before_news_were_kept_announces_only_what_changes(tmp_path: Path):
    config = two_years(tmp_path)
    with Archive(load_config(config)) as archive:
        archive.sync()
        (archive.config.index_dir / "news.json").unlink()  # as an older clkarchive left it
        Upstream(tmp_path / "CLK2024").commit({"主论坛/9-Fresh talk——李四.pdf": make_pdf("Fresh talk")})
        reports = archive.sync()
        assert [n.title for n in archive.news()] == ["Fresh talk"]
        assert [r.new_talks for r in reports] == [[], ["Fresh talk"]]


# -- related talks --------------------------------------------------------------------------------


def test_a_talk_page_lists_the_talks_most_like_it_of_other_years(people_client):
    html = people_client.get("/talk/CLK2023/" + quote("内存分论坛/2-EEVDF notes——Zhang San.pdf")).text
    section = html[html.index('<section class="related">') :]
    related = re.findall(
        r'<span class="title">([^<]+)</span></a>\s*<span class="meta"><span class="year">(\d+)', section
    )
    assert related[0] == ("Scheduler latency", "2024") and "/1/thumb.webp" in section
    assert "EEVDF notes" not in section  # never itself


def test_api_talk_carries_its_related_talks(people_client):
    answer = people_client.get(
        "/api/talks/CLK2024/" + quote("调度分论坛/3-Scheduler latency——San Zhang、李四.pdf")
    )
    talk = answer.json()
    assert talk["talk"]["title"] == "Scheduler latency" and talk["pages"] == 2
    related = [(r["year"], r["title"]) for r in talk["related"]]
    assert (
        related[0] == (2023, "EEVDF notes") and (2023, LONG_TITLE) in related
    )  # it names "scheduler latency"
    assert people_client.get("/api/talks/CLK2024/no-such.pdf").status_code == 404
