"""The web interface through Starlette's test client, over a real index built by a real sync."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from PIL import Image, ImageStat
from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.cli import cli
from clkarchive.config import load_config
from clkarchive.sync import sync
from clkarchive.web import Settings, create_app
from helpers import BASE, HOSTILE, SCALABLE, SLIDES, ZHP, Upstream, blob_of, make_pdf, write_config

CROWDED_DECK = "主论坛/1-Crowded long deck.pdf"


def test_search_page_groups_pages_under_their_talk_with_thumbnails(web_client):
    page = web_client.get("/search", params={"q": "scalable PASID"})
    assert page.status_code == 200
    html = page.text
    assert "RISC-V IOMMU Scalable 提案" in html
    assert "<mark>PASID</mark>" in html
    images = re.findall(r'src="(/img/[0-9a-f]{40}/(\d+)/thumb\.webp)"', html)
    assert images and images[0][1] == "3"  # the page that holds both words comes first
    thumb = web_client.get(images[0][0])
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/webp"
    assert Image.open(io.BytesIO(thumb.content)).size[0] == 400


def test_chinese_search_and_filters(web_client):
    html = web_client.get("/search", params={"q": "内存压缩", "year": "2024", "forum": "内存分论坛"}).text
    assert "内存压缩大页(ZHP)优化" in html and "<mark>内存压缩</mark>" in html
    assert "1 matching talk" in html
    assert "No talk matches" in web_client.get("/search", params={"q": "内存压缩", "forum": "主论坛"}).text
    wrong = web_client.get("/search", params={"q": "内存压缩", "source": "CLK1999"})
    assert wrong.status_code == 200 and "no configured source has source &#39;CLK1999&#39;" in wrong.text


def test_search_works_without_javascript_from_a_plain_form(web_client):
    home = web_client.get("/").text
    assert '<form class="find" action="/search" method="get"' in home
    assert web_client.get("/search?q=", follow_redirects=False).status_code == 303


def test_thumbnail_is_cached_with_etag_and_long_lived_headers(web_client, web_archive):
    blob = blob_of(web_archive, ZHP)
    first = web_client.get(f"/img/{blob}/2/thumb.webp")
    again = web_client.get(f"/img/{blob}/2/thumb.webp")
    assert first.content == again.content
    assert again.headers["etag"] == f'"{blob}-2-thumb"'
    assert again.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert (web_archive.config.index_dir / "rendered" / blob[:2] / f"{blob}-2-thumb.webp").is_file()
    unchanged = web_client.get(f"/img/{blob}/2/thumb.webp", headers={"If-None-Match": f'"{blob}-2-thumb"'})
    assert unchanged.status_code == 304 and not unchanged.content
    viewer = web_client.get(f"/img/{blob}/2/view.webp")
    assert Image.open(io.BytesIO(viewer.content)).size[0] == 1440


@pytest.mark.parametrize(
    "url",
    [
        "/img/{blob}/3/thumb.webp",  # past the last page
        "/img/{blob}/0/thumb.webp",
        "/img/{blob}/1/huge.webp",
        "/img/" + "0" * 40 + "/1/thumb.webp",  # not a blob the index holds
        "/img/../../config.toml/1/thumb.webp",
    ],
)
def test_pictures_of_pages_that_do_not_exist_are_404(web_client, web_archive, url):
    blob = blob_of(web_archive, ZHP)
    assert web_client.get(url.format(blob=blob)).status_code == 404


def test_talk_page_shows_every_page_with_its_text_and_links(web_client):
    html = web_client.get(f"/talk/CLK2024/{SCALABLE}").text
    assert html.count("/thumb.webp") == 3
    assert "每一个 PASID Entry 拥有独立的页表" in html
    assert 'href="/file/CLK2024/%E4%B8%BB' in html and "?download=1" in html


def test_slide_viewer_marks_the_query_and_links_the_pdf_page(web_client):
    html = web_client.get(f"/slide/CLK2024/{SCALABLE}", params={"page": 3, "q": "pasid 页表"}).text
    assert "<mark>PASID</mark>" in html and "<mark>页表</mark>" in html
    assert "#page=3" in html
    assert 'rel="prev"' in html and 'rel="next"' not in html  # the last page
    assert web_client.get(f"/slide/CLK2024/{SCALABLE}", params={"page": 4}).status_code == 404


def test_original_file_inline_and_as_download(web_client, web_archive):
    inline = web_client.get(f"/file/CLK2024/{ZHP}")
    assert inline.status_code == 200 and inline.headers["content-type"] == "application/pdf"
    assert inline.content == Path(web_archive.config.local_file("CLK2024", ZHP)).read_bytes()
    assert inline.headers["content-disposition"].startswith("inline")
    download = web_client.get(f"/file/CLK2024/{ZHP}", params={"download": "1"})
    assert download.headers["content-disposition"].startswith("attachment")


LIBREOFFICE = shutil.which("soffice") is not None


@pytest.mark.skipif(LIBREOFFICE, reason="LibreOffice is installed: it draws the slides")
def test_pptx_slides_are_drawn_without_libreoffice(web_client, web_archive):
    html = web_client.get(f"/talk/CLK2024/{SLIDES}").text.split('<section class="related">')[0]
    images = re.findall(r'src="(/img/[0-9a-f]{40}/(\d+)/thumb\.webp)"', html)
    assert [n for _, n in images] == ["1", "2", "3"] and 'class="card"' not in html
    drawn = {n: Image.open(io.BytesIO(web_client.get(url).content)).convert("L") for url, n in images}
    assert all(p.size == (400, 300) for p in drawn.values())  # python-pptx's default 4:3 slide
    for picture in drawn.values():
        assert ImageStat.Stat(picture).extrema[0][0] < 100  # its text, in dark type on white
    assert drawn["2"].tobytes() != drawn["3"].tobytes()  # the hidden slide is page 2, as in the index
    results = web_client.get("/search", params={"q": "hostile decks"}).text
    assert f"/img/{blob_of(web_archive, SLIDES)}/3/thumb.webp" in results


POSTER = "CLK2024议程.png"


@pytest.fixture(scope="module")
def agenda_client(tmp_path_factory):
    """An archive with an agenda poster listing two talks with no deck, read by the real agenda reader
    from the boxes of its text (where helpers.agenda_poster drew it: the OCR engine is the slow tier's)."""
    from clkarchive.index import Store
    from clkarchive.models import PageText
    from clkarchive.pictures.ocr import pages_to_json, text_of
    from clkarchive.sync.pictures_step import apply_agenda
    from helpers import agenda_poster

    tmp = tmp_path_factory.mktemp("agenda")
    upstream = Upstream(tmp / "upstream")
    poster, found = agenda_poster()
    upstream.commit({POSTER: poster, ZHP: make_pdf("内存压缩大页优化", "zram")})
    config = load_config(write_config(tmp / "config.toml", upstream.url))
    sync(config)
    store = Store(config.index_dir)
    try:
        held = next(f for f in store.files() if f.talk.path == POSTER)
        with store.update() as update:  # what the OCR pass writes of a poster
            update.set_ocr(held.blob, pages_to_json({1: found}))
            update.rewrite_pages(held, [PageText(1, text_of(found), ocr=True)])
        assert apply_agenda(store, config.sources[0], {POSTER: found})
    finally:
        store.close()
    archive = Archive(config)
    with TestClient(create_app(archive), base_url=BASE) as client:
        yield client
    archive.close()


def test_an_agenda_only_talk_shows_its_row_of_the_poster_and_links_to_its_own_page(agenda_client):
    html = agenda_client.get("/search", params={"q": "rust kernel"}).text
    assert "使用rust开发kernel的实践与思考" in html and "p.0" not in html
    page = re.search(r'<h2><a href="(/agenda/CLK2024/[^"]+)">', html)
    row = re.search(r'<img class="row" src="(/row/view/CLK2024/[^"]+)"', html)
    assert page and row
    picture = Image.open(io.BytesIO(agenda_client.get(row.group(1).replace("&amp;", "&")).content))
    assert picture.width == 1440 and 100 < picture.height < 250  # one row of the 1080 x 1000 poster
    assert ImageStat.Stat(picture.convert("L")).extrema[0][1] > 200  # its light text on the dark poster
    talk = agenda_client.get(page.group(1).replace("&amp;", "&")).text
    for said in ("使用rust开发kernel的实践与思考", "杨铠衔", "vivo底层软件技术研究总监", "09:20", "主论坛"):
        assert said in talk
    assert "No slides published" in talk and "/row/view/CLK2024/" in talk
    schedule = agenda_client.get("/schedule").text
    assert (
        schedule.count("/agenda/CLK2024/") == 6
    )  # each of the two in the timetable, its phone list, its forum


def test_a_speaker_known_from_the_poster_has_a_page_with_their_affiliation(agenda_client):
    talk = agenda_client.get("/search", params={"q": "rust kernel"}).text
    assert f'<a class="speaker" href="/speaker/{quote("杨铠衔")}">杨铠衔</a>' in talk
    page = agenda_client.get("/speaker/" + quote("杨铠衔")).text
    assert "Yang Kaixian" in page and "vivo底层软件技术研究总监" in page
    assert "使用rust开发kernel的实践与思考" in page and "/row/view/CLK2024/" in page
    assert agenda_client.get("/search", params={"q": "Kaixian Yang"}).text.count('class="person"') == 1


def test_a_poster_is_a_picture_and_unknown_agenda_talks_are_404(agenda_client):
    talk = agenda_client.get(f"/talk/CLK2024/{POSTER}").text
    thumb = re.search(r'<img class="tall" src="(/img/[0-9a-f]{40}/1/thumb\.webp)"', talk)
    assert thumb, talk
    assert Image.open(io.BytesIO(agenda_client.get(thumb.group(1)).content)).size == (400, 370)
    assert agenda_client.get(f"/agenda/CLK2024/{POSTER}", params={"title": "no such talk"}).status_code == 404
    assert agenda_client.get(f"/row/huge/CLK2024/{POSTER}", params={"title": "x"}).status_code == 404
    assert agenda_client.get(f"/row/thumb/CLK2024/{POSTER}", params={"title": "x"}).status_code == 404


def test_results_show_talks_and_a_poster_only_when_asked(agenda_client):
    def shown(**params: str) -> str:
        return agenda_client.get("/search", params={"q": "rust kernel", **params}).text

    poster = 'class="tall"'  # a poster's picture in a result
    assert poster not in shown()  # the agenda-only talk stands for its lines
    assert poster in shown(kind="material")
    assert "unknown kind" in shown(kind="posters")  # said on the page, beside the form


def test_schedule_and_status_pages(web_client):
    schedule = web_client.get("/schedule")
    assert schedule.status_code == 200
    assert "Schedule 2024" in schedule.text and "内存压缩大页(ZHP)优化" in schedule.text
    assert web_client.get("/schedule/2024").text == schedule.text
    assert web_client.get("/schedule/1999").status_code == 404
    status = web_client.get("/status").text
    assert "CLK2024" in status and "4 talks" in status


def test_api_answers_exactly_what_the_cli_prints_with_json(web_client, web_archive):
    config = str(web_archive.config.path)

    def cli_json(*args: str):
        result = CliRunner().invoke(cli, ["--config", config, *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    api = web_client.get("/api/search", params={"q": "scalable", "limit": 5, "pages": 2}).json()
    assert api == cli_json("search", "scalable", "--limit", "5", "--pages", "2")
    assert web_client.get("/api/talks", params={"year": 2024}).json() == cli_json("talks", "--year", "2024")
    assert web_client.get("/api/status").json() == cli_json("status")
    timing = web_client.get("/api/search", params={"q": "zram"}).headers["server-timing"]
    assert re.fullmatch(r"search;dur=\d+\.\d\d", timing)


@pytest.fixture(scope="module")
def crowded_client(tmp_path_factory):
    """The web app over more talks than an answer may hold (51 decks, 50 of them one copy: read once)
    and a deck of more pages than a talk may show (21): what the limits cut is there to be cut."""
    root = tmp_path_factory.mktemp("crowded")
    upstream = Upstream(root / "upstream")
    copy = make_pdf("crowded")
    files = {f"综合分论坛/crowded {n}.pdf": copy for n in range(1, 51)}
    files[CROWDED_DECK] = make_pdf(*[f"crowded page {p}" for p in range(1, 22)])
    upstream.commit(files)
    config = load_config(write_config(root / "config.toml", upstream.url))
    sync(config)
    with TestClient(create_app(Archive(config)), base_url=BASE) as client:
        yield client


def test_answers_hold_at_most_50_talks_of_20_pages_each(crowded_client):
    ask = {"q": "crowded", "limit": 100000, "pages": 1000}
    many = crowded_client.get("/api/search", params=ask)
    assert many.status_code == 200
    assert many.json()["total"] == 51 and len(many.json()["results"]) == 50
    (deck,) = [t for t in many.json()["results"] if t["path"] == CROWDED_DECK]
    assert len(deck["pages"]) == 20
    page = crowded_client.get("/search", params=ask).text
    assert len(re.findall(r"<h2><a ", page)) == 50


def test_api_errors(web_client):
    too_long = web_client.get("/api/search", params={"q": "x" * 1001})
    assert too_long.status_code == 400 and "too long" in too_long.json()["error"]
    assert web_client.get("/api/search", params={"q": "x", "source": "nope"}).status_code == 400
    assert web_client.get("/api/search").status_code == 400


def test_hostile_titles_and_text_are_inert(web_client):
    for url, params in [
        ("/search", {"q": "hostile"}),
        (f"/talk/CLK2024/{HOSTILE}", {}),
        (f"/slide/CLK2024/{HOSTILE}", {"page": 1, "q": "<script>"}),
        ("/schedule", {}),
        ("/search", {"q": '"><script>alert(2)</script>'}),
    ]:
        response = web_client.get(url, params=params)
        assert response.status_code == 200, url
        html = response.text
        assert "<script>alert" not in html and "<b>bold" not in html
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#34;quotes&#34; &amp; &lt;b&gt;bold" in (
        web_client.get(f"/slide/CLK2024/{HOSTILE}", params={"page": 1}).text
    )


TRAVERSALS = [
    "/file/CLK2024/../secret.txt",
    "/file/CLK2024/%2e%2e/%2e%2e/secret.txt",
    "/file/CLK2024/%2E%2E%2F%2E%2E%2Fsecret.txt",
    "/file/..%2f../secret.txt",
    "/file/CLK2024//etc/passwd",
    "/file/CLK2024/%2Fetc%2Fpasswd",
    "/file/CLK2024/" + "%E4%B8%BB%E8%AE%BA%E5%9D%9B%00.pdf",
    "/file/CLK2024/" + "a/" * 600 + "x.pdf",
    "/talk/CLK2024/%2e/内存分论坛/2-内存压缩大页(ZHP)优化.pdf",
    "/talk/CLK2024/内存分论坛/2-内存压缩大页(ZHP)优化.pdf%00",
    "/file/CLK2024/内存分论坛\\..\\..\\secret.txt",
    "/file/CLK2024/config.toml",
]


@pytest.mark.parametrize("url", TRAVERSALS)
def test_paths_the_index_does_not_hold_are_404(web_client, url):
    response = web_client.get(url)
    assert response.status_code == 404
    assert b"do not serve me" not in response.content and b"root:" not in response.content


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head(web_client, method):
    assert web_client.request(method, "/api/search?q=x").status_code == 405


def test_head_answers_without_a_body(web_client):
    response = web_client.head("/search?q=zram")
    assert response.status_code == 200 and not response.content


def test_a_foreign_host_name_is_refused(web_client):
    # DNS rebinding: a page on evil.example cannot reach a loopback server through its own name.
    assert web_client.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_with_a_token_every_request_must_carry_it(web_archive):
    app = create_app(web_archive, Settings(host="0.0.0.0", token="s3cret"))
    with TestClient(app, base_url="http://192.0.2.1") as client:
        assert client.get("/").status_code == 403
        assert client.get("/api/search?q=zram").status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        first = client.get("/?token=s3cret")
        assert first.status_code == 200
        assert "httponly" in first.headers["set-cookie"].lower()
        assert client.get("/api/search?q=zram").status_code == 200  # by the cookie


def test_non_loopback_host_without_token_is_refused(web_archive):
    result = CliRunner().invoke(cli, ["--config", str(web_archive.config.path), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output and "Traceback" not in result.output


def test_timetable_groups_timed_talks_by_day_time_and_forum():
    from clkarchive.archive import TalkEntry
    from clkarchive.web.timetable import timetable

    def entry(forum: str, order: int, start: str | None, date: str = "2024-10-26") -> TalkEntry:
        title = f"{forum} {order}"
        return TalkEntry(
            "CLK2024", forum, "", order, title, [], "slides", 3, "", f"{title}.pdf", "", date, start, None, []
        )

    talks = [
        entry("内存", 2, "10:30"),
        entry("内存", 1, "10:00"),
        entry("调度", 1, "10:00"),
        entry("调度", 2, None),
        entry("主论坛", 1, "09:00", "2024-10-27"),
    ]
    first, second = timetable(talks)
    assert (first.date, first.forums) == ("2024-10-26", ["内存", "调度"])
    shown = [
        (start, {f: [e.title for (e,) in talks] for f, talks in cells.items()}) for start, cells in first.rows
    ]
    assert shown == [
        ("10:00", {"内存": ["内存 1"], "调度": ["调度 1"]}),
        ("10:30", {"内存": ["内存 2"]}),
    ]
    assert (second.date, second.forums, len(second.rows)) == ("2024-10-27", ["主论坛"], 1)
    assert timetable([entry("内存", 1, None)]) == []


def test_before_the_first_sync_every_page_says_so(tmp_path):
    config = load_config(write_config(tmp_path / "config.toml", str(tmp_path / "nowhere")))
    with TestClient(create_app(Archive(config)), base_url=BASE) as client:
        for url in ["/", "/search?q=x", "/schedule", "/talk/CLK2024/a.pdf", "/api/search?q=x", "/api/talks"]:
            response = client.get(url)
            assert response.status_code == 503, url
            assert "clkarchive sync" in response.text and "Traceback" not in response.text


def test_snippet_marks_are_balanced_and_everything_else_escaped():
    from clkarchive.web.views import MARKS, marked

    before, after = MARKS.before, MARKS.after
    assert marked(f"a {before}<b>{after} & {before}x") == "a <mark>&lt;b&gt;</mark> &amp; x"
    assert marked(f"{after}\ue000 icon {before}PASID{after}") == "\ue000 icon <mark>PASID</mark>"
