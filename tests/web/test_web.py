"""The web interface through Starlette's test client, over a real index built by a real sync."""

from __future__ import annotations

import http.client
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.cli import cli
from clkarchive.config import load_config
from clkarchive.sync import sync
from clkarchive.web import Settings, create_app
from helpers import Upstream, make_pdf, run_process, write_config

SCALABLE = "主论坛/3-RISC-V IOMMU Scalable 提案.pdf"
ZHP = "内存分论坛/2-内存压缩大页(ZHP)优化.pdf"
HOSTILE = "综合分论坛/4-<script>alert(1)<\u2215script> \"quoted\" 'x'-张三.pdf"
SLIDES = "综合分论坛/5-PowerPoint deck.pptx"
BASE = "http://127.0.0.1"


def make_pptx(*slides: str, hidden: tuple[int, ...] = ()) -> bytes:
    """A deck with one text box per slide; the slides numbered in hidden (from 1) are hidden."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    for number, text in enumerate(slides, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(4)).text_frame.text = text
        if number in hidden:
            slide._element.set("show", "0")
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Archive:
    tmp = tmp_path_factory.mktemp("web")
    upstream = Upstream(tmp / "upstream")
    upstream.commit(
        {
            SCALABLE: make_pdf(
                "RISC-V IOMMU Scalable 提案\n宋恺睿 阿里巴巴",
                "Background: the IOMMU translates DMA addresses",
                "Intel VT-d Scalable Mode\n每一个 PASID Entry 拥有独立的页表",
            ),
            ZHP: make_pdf("内存压缩大页优化\nZRAM Huge Page", "zram 压缩效率\n压缩速率 压缩比"),
            HOSTILE: make_pdf("<script>alert('x')</script> \"quotes\" & <b>bold</b> hostile", "second page"),
            SLIDES: make_pptx(
                "PowerPoint title slide", "a hidden slide", "third slide about hostile decks", hidden=(2,)
            ),
        }
    )
    (tmp / "secret.txt").write_text("do not serve me", encoding="utf-8")
    config = load_config(write_config(tmp / "config.toml", upstream.url))
    sync(config)
    return Archive(config)


def blob_of(archive: Archive, path: str) -> str:
    held = archive.indexed("CLK2024", path)
    assert held is not None
    return held.blob


@pytest.fixture(scope="module")
def client(archive: Archive):
    with TestClient(create_app(archive), base_url=BASE) as c:
        yield c


def test_search_page_groups_pages_under_their_talk_with_thumbnails(client):
    page = client.get("/search", params={"q": "scalable PASID"})
    assert page.status_code == 200
    html = page.text
    assert "RISC-V IOMMU Scalable 提案" in html
    assert "<mark>PASID</mark>" in html
    images = re.findall(r'src="(/img/[0-9a-f]{40}/(\d+)/thumb\.webp)"', html)
    assert images and images[0][1] == "3"  # the page that holds both words comes first
    thumb = client.get(images[0][0])
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/webp"
    assert Image.open(io.BytesIO(thumb.content)).size[0] == 400


def test_chinese_search_and_filters(client):
    html = client.get("/search", params={"q": "内存压缩", "year": "2024", "forum": "内存分论坛"}).text
    assert "内存压缩大页(ZHP)优化" in html and "<mark>内存压缩</mark>" in html
    assert "1 matching talk" in html
    assert "No talk matches" in client.get("/search", params={"q": "内存压缩", "forum": "主论坛"}).text
    wrong = client.get("/search", params={"q": "内存压缩", "source": "CLK1999"})
    assert wrong.status_code == 200 and "no configured source has source &#39;CLK1999&#39;" in wrong.text


def test_search_works_without_javascript_from_a_plain_form(client):
    home = client.get("/").text
    assert '<form class="find" action="/search" method="get"' in home
    assert client.get("/search?q=", follow_redirects=False).status_code == 303


def test_thumbnail_is_cached_with_etag_and_long_lived_headers(client, archive):
    blob = blob_of(archive, ZHP)
    first = client.get(f"/img/{blob}/2/thumb.webp")
    again = client.get(f"/img/{blob}/2/thumb.webp")
    assert first.content == again.content
    assert again.headers["etag"] == f'"{blob}-2-thumb"'
    assert again.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert (archive.config.index_dir / "rendered" / blob[:2] / f"{blob}-2-thumb.webp").is_file()
    unchanged = client.get(f"/img/{blob}/2/thumb.webp", headers={"If-None-Match": f'"{blob}-2-thumb"'})
    assert unchanged.status_code == 304 and not unchanged.content
    viewer = client.get(f"/img/{blob}/2/view.webp")
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
def test_pictures_of_pages_that_do_not_exist_are_404(client, archive, url):
    blob = blob_of(archive, ZHP)
    assert client.get(url.format(blob=blob)).status_code == 404


def test_talk_page_shows_every_page_with_its_text_and_links(client):
    html = client.get(f"/talk/CLK2024/{SCALABLE}").text
    assert html.count("/thumb.webp") == 3
    assert "每一个 PASID Entry 拥有独立的页表" in html
    assert 'href="/file/CLK2024/%E4%B8%BB' in html and "?download=1" in html


def test_slide_viewer_marks_the_query_and_links_the_pdf_page(client):
    html = client.get(f"/slide/CLK2024/{SCALABLE}", params={"page": 3, "q": "pasid 页表"}).text
    assert "<mark>PASID</mark>" in html and "<mark>页表</mark>" in html
    assert "#page=3" in html
    assert 'rel="prev"' in html and 'rel="next"' not in html  # the last page
    assert client.get(f"/slide/CLK2024/{SCALABLE}", params={"page": 4}).status_code == 404


def test_original_file_inline_and_as_download(client, archive):
    inline = client.get(f"/file/CLK2024/{ZHP}")
    assert inline.status_code == 200 and inline.headers["content-type"] == "application/pdf"
    assert inline.content == Path(archive.config.local_file("CLK2024", ZHP)).read_bytes()
    assert inline.headers["content-disposition"].startswith("inline")
    download = client.get(f"/file/CLK2024/{ZHP}", params={"download": "1"})
    assert download.headers["content-disposition"].startswith("attachment")


LIBREOFFICE = shutil.which("soffice") is not None


@pytest.mark.skipif(LIBREOFFICE, reason="LibreOffice is installed: slides are pictures")
def test_pptx_slides_are_text_cards_without_libreoffice(client):
    html = client.get(f"/talk/CLK2024/{SLIDES}").text
    assert "thumb.webp" not in html
    assert html.count('class="card"') == 3 and "third slide about hostile decks" in html


@pytest.mark.slow
@pytest.mark.skipif(not LIBREOFFICE, reason="needs LibreOffice (soffice) to draw .pptx slides")
def test_pptx_slides_are_pictures_with_libreoffice(client, archive):
    import pypdfium2

    html = client.get(f"/talk/CLK2024/{SLIDES}").text
    images = re.findall(r'src="(/img/[0-9a-f]{40}/\d+/thumb\.webp)"', html)
    assert len(images) == 3 and 'class="card"' not in html
    for url in images:
        picture = client.get(url)
        assert picture.headers["content-type"] == "image/webp"
        assert Image.open(io.BytesIO(picture.content)).size[0] == 400
    slide = client.get(f"/slide/CLK2024/{SLIDES}", params={"page": 3}).text
    assert "#page=" not in slide and "third slide about hostile decks" in slide
    # The hidden slide is drawn too, so the pictures' pages are the text index's pages.
    blob = blob_of(archive, SLIDES)
    pdf = pypdfium2.PdfDocument(str(archive.config.index_dir / "rendered" / blob[:2] / f"{blob}.pdf"))
    assert [pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf))] == [
        "PowerPoint title slide",
        "a hidden slide",
        "third slide about hostile decks",
    ]


def test_schedule_and_status_pages(client):
    schedule = client.get("/schedule")
    assert schedule.status_code == 200
    assert "Schedule 2024" in schedule.text and "内存压缩大页(ZHP)优化" in schedule.text
    assert client.get("/schedule/2024").text == schedule.text
    assert client.get("/schedule/1999").status_code == 404
    status = client.get("/status").text
    assert "CLK2024" in status and "4 talks" in status


def test_api_answers_exactly_what_the_cli_prints_with_json(client, archive):
    config = str(archive.config.path)

    def cli_json(*args: str):
        result = CliRunner().invoke(cli, ["--config", config, *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    api = client.get("/api/search", params={"q": "scalable", "limit": 5, "pages": 2}).json()
    assert api == cli_json("search", "scalable", "--limit", "5", "--pages", "2")
    assert client.get("/api/talks", params={"year": 2024}).json() == cli_json("talks", "--year", "2024")
    assert client.get("/api/status").json() == cli_json("status")
    timing = client.get("/api/search", params={"q": "zram"}).headers["server-timing"]
    assert re.fullmatch(r"search;dur=\d+\.\d\d", timing)


def test_api_bounds_and_errors(client):
    many = client.get("/api/search", params={"q": "page", "limit": 100000, "pages": 1000})
    assert many.status_code == 200
    assert len(many.json()["results"]) <= 50
    assert all(len(t["pages"]) <= 20 for t in many.json()["results"])
    too_long = client.get("/api/search", params={"q": "x" * 1001})
    assert too_long.status_code == 400 and "too long" in too_long.json()["error"]
    assert client.get("/api/search", params={"q": "x", "source": "nope"}).status_code == 400
    assert client.get("/api/search").status_code == 400


def test_hostile_titles_and_text_are_inert(client):
    for url, params in [
        ("/search", {"q": "hostile"}),
        (f"/talk/CLK2024/{HOSTILE}", {}),
        (f"/slide/CLK2024/{HOSTILE}", {"page": 1, "q": "<script>"}),
        ("/schedule", {}),
        ("/search", {"q": '"><script>alert(2)</script>'}),
    ]:
        response = client.get(url, params=params)
        assert response.status_code == 200, url
        html = response.text
        assert "<script>alert" not in html and "<b>bold" not in html
        assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/app.js" defer>']
        assert "'unsafe-inline'" not in response.headers["content-security-policy"]
        assert "script-src 'self'" in response.headers["content-security-policy"]
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#34;quotes&#34; &amp; &lt;b&gt;bold" in (
        client.get(f"/slide/CLK2024/{HOSTILE}", params={"page": 1}).text
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
def test_paths_the_index_does_not_hold_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert b"do not serve me" not in response.content and b"root:" not in response.content


def test_a_checked_out_file_replaced_by_a_symlink_is_not_served(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"综合分论坛/1-Link.pdf": make_pdf("linked deck")})
    config = load_config(write_config(tmp_path / "config.toml", upstream.url))
    sync(config)
    (tmp_path / "secret.txt").write_text("do not serve me", encoding="utf-8")
    local = Path(config.local_file("CLK2024", "综合分论坛/1-Link.pdf"))
    local.unlink()
    local.symlink_to(tmp_path / "secret.txt")
    with TestClient(create_app(Archive(config)), base_url=BASE) as client:
        assert client.get("/talk/CLK2024/综合分论坛/1-Link.pdf").status_code == 200  # the index holds it
        response = client.get("/file/CLK2024/综合分论坛/1-Link.pdf")
        assert response.status_code == 404 and b"do not serve me" not in response.content


def test_a_page_that_cannot_be_drawn_is_a_placeholder_not_an_error(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"综合分论坛/1-Broken.pdf": make_pdf("soon broken")})
    config = load_config(write_config(tmp_path / "config.toml", upstream.url))
    sync(config)
    Path(config.local_file("CLK2024", "综合分论坛/1-Broken.pdf")).write_bytes(b"%PDF-1.4 not really")
    archive = Archive(config)
    blob = blob_of(archive, "综合分论坛/1-Broken.pdf")
    with TestClient(create_app(archive), base_url=BASE) as client:
        for _ in range(2):  # the second time from the broken mark, without a new process
            response = client.get(f"/img/{blob}/1/thumb.webp")
            assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
            assert "immutable" not in response.headers["cache-control"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head(client, method):
    assert client.request(method, "/api/search?q=x").status_code == 405


def test_head_answers_without_a_body(client):
    response = client.head("/search?q=zram")
    assert response.status_code == 200 and not response.content


def test_a_foreign_host_name_is_refused(client):
    # DNS rebinding: a page on evil.example cannot reach a loopback server through its own name.
    assert client.get("/", headers={"Host": "evil.example"}).status_code == 400


def test_with_a_token_every_request_must_carry_it(archive):
    app = create_app(archive, Settings(host="0.0.0.0", token="s3cret"))
    with TestClient(app, base_url="http://192.0.2.1") as client:
        assert client.get("/").status_code == 403
        assert client.get("/api/search?q=zram").status_code == 403
        assert client.get("/?token=wrong").status_code == 403
        first = client.get("/?token=s3cret")
        assert first.status_code == 200
        assert "httponly" in first.headers["set-cookie"].lower()
        assert client.get("/api/search?q=zram").status_code == 200  # by the cookie


def test_non_loopback_host_without_token_is_refused(archive):
    result = CliRunner().invoke(cli, ["--config", str(archive.config.path), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_serve_prints_its_url_to_a_pipe_and_serves_until_interrupted(archive):
    process = subprocess.Popen(
        [sys.executable, "-m", "clkarchive", "--config", str(archive.config.path), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url)
        host, port = url[7:-1].split(":")
        # A raw request line, as no client library would normalise it.
        for raw in ["/file/CLK2024/../../secret.txt", "/file/CLK2024/%2e%2e/%2e%2e/secret.txt"]:
            with socket.create_connection((host, int(port))) as conn:
                conn.sendall(f"GET {raw} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
                answer = conn.makefile("rb").read()
            assert answer.startswith(b"HTTP/1.1 404") and b"do not serve me" not in answer
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request("GET", "/api/search?q=zram")
        assert json.loads(connection.getresponse().read())["results"][0]["path"] == ZHP
    finally:
        process.send_signal(2)
        err = process.communicate(timeout=30)[1]
    assert process.returncode in (0, 130), err
    assert "Traceback" not in err


def test_the_warm_searcher_forgets_a_talk_a_sync_removed(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"综合分论坛/1-Old title.pdf": make_pdf("sharedword")})
    config = load_config(write_config(tmp_path / "config.toml", upstream.url))
    sync(config)
    archive = Archive(config)
    assert [t.title for t in archive.search("sharedword").results] == ["Old title"]
    upstream.rename("综合分论坛/1-Old title.pdf", "综合分论坛/1-New title.pdf")
    sync(config)
    assert [t.title for t in archive.search("sharedword").results] == ["New title"]
    assert archive.indexed("CLK2024", "综合分论坛/1-Old title.pdf") is None


@pytest.mark.slow
def test_requests_during_a_sync_that_publishes_never_fail_or_mix(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    old, new = "综合分论坛/1-Old title.pdf", "综合分论坛/1-New title.pdf"
    upstream.commit({old: make_pdf("sharedword first version", "page two")})
    project = write_config(tmp_path / "config.toml", upstream.url)
    config = load_config(project)
    sync(config)
    archive = Archive(config)
    old_blob = blob_of(archive, old)
    upstream.commit({old: None, new: make_pdf("sharedword second version", "page two", "page three")})
    seen: set[str] = set()
    problems: list[str] = []
    done = threading.Event()
    with TestClient(create_app(archive), base_url=BASE) as client:

        def ask() -> None:
            while not done.is_set():
                api = client.get("/api/search", params={"q": "sharedword"})
                html = client.get("/search", params={"q": "sharedword"})
                if api.status_code != 200 or html.status_code != 200:
                    problems.append(f"{api.status_code} {html.status_code}")
                    continue
                titles = [t["title"] for t in api.json()["results"]]
                if titles not in (["Old title"], ["New title"]):
                    problems.append(f"api: {titles}")
                shown = re.findall(r"<h2><a [^>]*>([^<]*)</a></h2>", html.text)
                blobs = set(re.findall(r"/img/([0-9a-f]{40})/", html.text))
                pair = (tuple(shown), blobs == {old_blob})
                if pair not in ((("Old title",), True), (("New title",), False)) or len(blobs) != 1:
                    problems.append(f"page: {shown} {blobs}")
                seen.add(titles[0] if titles else "")

        askers = [threading.Thread(target=ask) for _ in range(3)]
        for t in askers:
            t.start()
        time.sleep(0.3)
        synced = run_process("sync", config=project)
        time.sleep(0.5)
        done.set()
        for t in askers:
            t.join()
        assert synced.returncode == 0, synced.stderr
        assert problems == []
        assert seen == {"Old title", "New title"}
        # No restart: the next request sees the new index.
        latest = client.get("/api/search", params={"q": "sharedword"}).json()
        assert [t["title"] for t in latest["results"]] == ["New title"]


def test_timetable_groups_timed_talks_by_day_time_and_forum():
    from clkarchive.archive import TalkEntry
    from clkarchive.web.views import timetable

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
    shown = [(start, {f: [e.title for e in es] for f, es in cells.items()}) for start, cells in first.rows]
    assert shown == [
        ("10:00", {"内存": ["内存 1"], "调度": ["调度 1"]}),
        ("10:30", {"内存": ["内存 2"]}),
    ]
    assert (second.date, second.forums, len(second.rows)) == ("2024-10-27", ["主论坛"], 1)
    assert timetable([entry("内存", 1, None)]) == []


@pytest.mark.slow
def test_search_loads_nothing_of_the_web_stack(archive):
    result = run_process("search", "zram", config=archive.config.path, env={"PYTHONPROFILEIMPORTTIME": "1"})
    lines = [line for line in result.stderr.splitlines() if "|" in line]
    loaded = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in lines}
    assert "whoosh" in loaded  # the check itself works
    assert not loaded & {"starlette", "uvicorn", "jinja2", "markupsafe", "pypdfium2", "PIL", "anyio"}


def test_a_render_past_its_time_limit_is_not_marked_broken(tmp_path):
    from clkarchive.pictures.render import Page, Renderer

    deck = tmp_path / "deck.pdf"
    deck.write_bytes(make_pdf("a page that takes longer than a tenth of a millisecond to draw"))
    page = Page(deck, "ab" * 20, 1)
    hurried = Renderer(tmp_path / "cache", workers=1, timeout=0.0001, memory_mb=2048)
    try:
        assert hurried.render(page, "thumb") is False
        assert not hurried.broken(page.blob, 1)  # the machine may only have been busy
    finally:
        hurried.close()
    patient = Renderer(tmp_path / "cache", workers=1, timeout=60, memory_mb=2048)
    try:
        assert patient.render(page, "thumb") is True
        assert Image.open(patient.path(page.blob, 1, "thumb")).size[0] == 400
    finally:
        patient.close()


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


@pytest.mark.slow
@pytest.mark.skipif(not LIBREOFFICE, reason="needs LibreOffice: its conversion is the slow render here")
def test_searches_do_not_wait_for_a_slow_render(tmp_path):
    upstream = Upstream(tmp_path / "upstream")
    deck = "综合分论坛/1-Slow deck.pptx"
    upstream.commit({deck: make_pptx("slowdeck one", "slowdeck two"), ZHP: make_pdf("zram 压缩")})
    config = load_config(write_config(tmp_path / "config.toml", upstream.url, workers=1))
    sync(config)
    archive = Archive(config)
    blob = blob_of(archive, deck)
    finished: dict[str, float] = {}
    with TestClient(create_app(archive), base_url=BASE) as client:

        def picture(page: int) -> None:
            assert client.get(f"/img/{blob}/{page}/thumb.webp").status_code == 200
            finished[f"render {page}"] = time.monotonic()

        renders = [threading.Thread(target=picture, args=(page,)) for page in (1, 2)]
        for t in renders:
            t.start()
        time.sleep(0.2)  # the first render is converting the deck (seconds), the second waits for it
        for n in range(5):
            assert client.get("/api/search", params={"q": "zram"}).status_code == 200
            finished[f"search {n}"] = time.monotonic()
        for t in renders:
            t.join()
    assert max(v for k, v in finished.items() if k.startswith("search")) < min(
        v for k, v in finished.items() if k.startswith("render")
    ), finished
    assert (config.index_dir / "rendered" / blob[:2] / f"{blob}-2-thumb.webp").is_file()
