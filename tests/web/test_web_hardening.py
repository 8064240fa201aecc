"""The web server under abuse: what a URL, a client or a damaged index can do to it."""

from __future__ import annotations

import pytest

from helpers import ZHP, blob_of


@pytest.mark.parametrize(
    "url",
    [
        "/schedule/" + "9" * 5000,  # past Python's limit on converting a string of digits
        "/img/{blob}/" + "9" * 5000 + "/thumb.webp",
        "/img/{blob}/" + "9" * 300 + "/view.webp",  # would name a picture longer than a file name may be
        "/img/{blob}/1e3/thumb.webp",
        "/img/{blob}/-1/thumb.webp",
        "/img/{blob}/１/thumb.webp",  # a full-width digit: str.isdigit says yes, int() would take it
        "/schedule/２０２４",
    ],
)
def test_huge_numbers_in_a_url_are_404_never_500(web_client, web_archive, url):
    answer = web_client.get(url.format(blob=blob_of(web_archive, ZHP)))
    assert answer.status_code == 404, (url[:60], answer.status_code)


def test_numbers_in_bounds_still_answer(web_client, web_archive):
    blob = blob_of(web_archive, ZHP)
    assert web_client.get(f"/img/{blob}/1/thumb.webp").status_code == 200
    assert web_client.get("/schedule/2024").status_code == 200
