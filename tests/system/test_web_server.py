"""The web interface over real syncs and in a real server process: what tests/web/ cannot
show without starting a sync, a subprocess or LibreOffice.
"""

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
from PIL import Image
from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.sync import sync
from clkarchive.web import create_app
from helpers import BASE, SLIDES, ZHP, Upstream, blob_of, make_pdf, make_pptx, run_process, write_config

LIBREOFFICE = shutil.which("soffice") is not None


@pytest.mark.skipif(not LIBREOFFICE, reason="needs LibreOffice (soffice) to draw .pptx slides")
def test_pptx_slides_are_pictures_with_libreoffice(web_client, web_archive):
    import pypdfium2

    html = web_client.get(f"/talk/CLK2024/{SLIDES}").text
    images = re.findall(r'src="(/img/[0-9a-f]{40}/\d+/thumb\.webp)"', html)
    assert len(images) == 3 and 'class="card"' not in html
    for url in images:
        picture = web_client.get(url)
        assert picture.headers["content-type"] == "image/webp"
        assert Image.open(io.BytesIO(picture.content)).size[0] == 400
    slide = web_client.get(f"/slide/CLK2024/{SLIDES}", params={"page": 3}).text
    assert "#page=" not in slide and "third slide about hostile decks" in slide
    # The hidden slide is drawn too, so the pictures' pages are the text index's pages.
    blob = blob_of(web_archive, SLIDES)
    pdf = pypdfium2.PdfDocument(str(web_archive.config.index_dir / "rendered" / blob[:2] / f"{blob}.pdf"))
    assert [pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf))] == [
        "PowerPoint title slide",
        "a hidden slide",
        "third slide about hostile decks",
    ]


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


def test_serve_prints_its_url_to_a_pipe_and_serves_until_interrupted(web_archive):
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clkarchive",
            "--config",
            str(web_archive.config.path),
            "serve",
            "--port",
            "0",
        ],
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
