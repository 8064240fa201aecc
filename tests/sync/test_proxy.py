"""The mirror's clone and fetch honour a proxy as git does: through it when https_proxy (or git's
http.proxy) names one, around it when no_proxy names the host, directly when none is set.

Real parts: git's own http-backend over TLS, a tunnelling proxy that records what passes through it
(tests/http_git.py), libgit2 trusting the test's certificate for the test's duration.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pygit2
import pytest

from clkarchive.config import Source
from clkarchive.sync.mirror import Mirror
from helpers import Upstream, make_pdf
from http_git import GitHttpsServer, TunnellingProxy, certificate

pytestmark = pytest.mark.skipif(not shutil.which("openssl"), reason="openssl makes the test's certificate")
PROXY_VARIABLES = ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Upstream:
    """The repository the host serves as `up`."""
    up = Upstream(tmp_path_factory.mktemp("repos") / "up")
    up.commit({"主论坛/1-Talk.pdf": make_pdf("first")})
    return up


@pytest.fixture(scope="module")
def host(upstream: Upstream) -> Iterator[GitHttpsServer]:
    """An https git host serving upstream, whose certificate libgit2 trusts meanwhile."""
    cert, key = certificate(upstream.path.parent)
    server = GitHttpsServer(upstream.path.parent, cert, key)
    pygit2.settings.ssl_cert_file = str(cert)
    yield server
    del pygit2.settings.ssl_cert_file  # back to the system's certificates
    server.close()


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[TunnellingProxy]:
    """A running proxy, and an environment that names none (the test names it)."""
    for name in (*PROXY_VARIABLES, "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    server = TunnellingProxy()
    yield server
    server.close()


def mirror(host: GitHttpsServer, folder: Path) -> Mirror:
    return Mirror(Source(name="CLK2024", url=host.url_of("up")), folder / "CLK2024")


@pytest.mark.parametrize("variable", ["https_proxy", "HTTPS_PROXY"])
def test_the_clone_and_every_later_fetch_go_through_the_proxy(
    host, upstream, proxy, tmp_path, monkeypatch, variable
):
    monkeypatch.setenv(variable, proxy.url)
    one = mirror(host, tmp_path)
    assert one.update() == str(upstream.repo.head.target)
    through = len(proxy.requests)
    assert through and set(proxy.requests) == {f"CONNECT 127.0.0.1:{host.port}"}
    newer = upstream.commit({f"主论坛/2-{variable}.pdf": make_pdf("second")})
    assert one.update() == newer  # the fetch, and the list of the remote's branches before it
    assert len(proxy.requests) > through


def test_without_a_proxy_the_fetch_goes_directly(host, proxy, tmp_path):
    before = len(host.requests)
    assert mirror(host, tmp_path).update()
    assert proxy.requests == [] and len(host.requests) > before


def test_a_host_no_proxy_names_is_reached_directly(host, proxy, tmp_path, monkeypatch):
    monkeypatch.setenv("https_proxy", proxy.url)
    monkeypatch.setenv("no_proxy", "example.invalid,127.0.0.1")
    assert mirror(host, tmp_path).update()
    assert proxy.requests == []


def test_git_config_http_proxy_of_the_mirror_is_honoured(host, proxy, tmp_path):
    one = mirror(host, tmp_path)
    one.update()
    one.repo.config["http.proxy"] = proxy.url
    one.update()
    assert proxy.requests and set(proxy.requests) == {f"CONNECT 127.0.0.1:{host.port}"}
