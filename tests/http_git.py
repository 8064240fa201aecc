"""A git host over smart HTTPS and an HTTP proxy, both on loopback: real parts for the sync's
fetches through a proxy.

The host is git's own `git http-backend`, the CGI program real git hosts run behind their web servers,
served over TLS with a certificate made for the test, so libgit2 speaks to it as it speaks to GitHub.
The proxy tunnels CONNECT requests, which is how a client reaches an https host through a proxy, and
records each one, so a test can tell whether a fetch went through it or around it.
"""

from __future__ import annotations

import os
import select
import socket
import ssl
import subprocess
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key (openssl's own command makes them)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    names = ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
    files = ["-keyout", str(key), "-out", str(cert)]
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", *names, *files],
        check=True,
        capture_output=True,
    )
    return cert, key


class _Loopback:
    """A threaded HTTP server on 127.0.0.1 with a free port; `requests` lists what reached it."""

    scheme = "http"

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.requests: list[str] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda *args: None  # type: ignore[method-assign]  # a client hung up
        self.port = self.httpd.server_address[1]

    def start(self) -> None:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class GitHttpsServer(_Loopback):
    """Serves the git repositories under root over smart HTTPS: `url_of(name)` is root/name's url."""

    scheme = "https"

    def __init__(self, root: Path, cert: Path, key: Path) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(f"{self.command} {self.path}")
                path, _, query = self.path.partition("?")
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                env = {
                    "PATH": os.environ["PATH"],
                    "HOME": str(root),  # none of the machine's ~/.gitconfig
                    "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_PROJECT_ROOT": str(root),
                    "GIT_HTTP_EXPORT_ALL": "1",
                    "REQUEST_METHOD": self.command,
                    "PATH_INFO": urllib.parse.unquote(path),
                    "QUERY_STRING": query,
                    "CONTENT_TYPE": self.headers.get("Content-Type", ""),
                    "CONTENT_LENGTH": str(len(body)),
                    "HTTP_CONTENT_ENCODING": self.headers.get("Content-Encoding", ""),
                    "GIT_PROTOCOL": self.headers.get("Git-Protocol", ""),
                    "REMOTE_ADDR": "127.0.0.1",
                }
                cgi = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True)
                head, _, payload = cgi.stdout.partition(b"\r\n\r\n")
                fields = [line.split(": ", 1) for line in head.decode("latin-1").splitlines()]
                status = next((v for k, v in fields if k == "Status"), "200 OK").split(" ", 1)
                self.send_response(int(status[0]), status[-1])
                for name, value in fields:
                    if name != "Status":
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = do_GET

        super().__init__(Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.start()

    def url_of(self, name: str) -> str:
        return f"{self.url}/{name}"


class TunnellingProxy(_Loopback):
    """An HTTP proxy that tunnels CONNECT requests and records each ("CONNECT host:port") in
    `requests`; any other request is recorded and refused (501)."""

    def __init__(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_CONNECT(self) -> None:
                proxy.requests.append(f"CONNECT {self.path}")
                host, _, port = self.path.rpartition(":")
                with socket.create_connection((host, int(port)), timeout=60) as upstream:
                    self.send_response(200, "Connection established")
                    self.end_headers()
                    self.wfile.flush()
                    _pump(self.connection, upstream)
                self.close_connection = True

            def do_GET(self) -> None:
                proxy.requests.append(f"{self.command} {self.path}")
                self.send_error(501, "this proxy only tunnels (CONNECT)")

            do_POST = do_GET

        super().__init__(Handler)
        self.start()


def _pump(a: socket.socket, b: socket.socket) -> None:
    """Copy bytes both ways until either side closes."""
    while True:
        ready, _, _ = select.select([a, b], [], [], 60)
        if not ready:
            return
        for sock in ready:
            data = sock.recv(1 << 16)
            if not data:
                return
            (b if sock is a else a).sendall(data)
