"""`clkarchive serve`: a local web interface that shows the slides themselves.

Starlette answers, Jinja2 writes the pages (autoescaped: every title, speaker,
slide text and query is data, never markup), uvicorn serves. The server is one
process holding one Archive, so every search runs on the warm index and sees
a sync's new index as soon as it is published. views.py has the routes,
guard.py decides who may ask.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Callable
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from clkarchive.archive import Archive
from clkarchive.errors import ClkError, IndexDamagedError, NotSyncedError, UsageError
from clkarchive.web.guard import LOOPBACK_NAMES, Guard, Settings, check_settings
from clkarchive.web.views import HERE, Web


def create_app(archive: Archive, settings: Settings | None = None) -> Starlette:
    """The web application over an archive; see the module docstring."""
    settings = settings or Settings()
    web = Web(archive, workers=archive.workers())
    path = "{source}/{path:path}"
    routes = [
        Route("/", web.home),
        Route("/search", web.search),
        Route(f"/talk/{path}", web.talk),
        Route(f"/slide/{path}", web.slide),
        Route(f"/file/{path}", web.file),
        Route("/img/{blob}/{page}/{size}.webp", web.image),
        Route("/schedule", web.schedule),
        Route("/schedule/{year}", web.schedule),
        Route("/status", web.status),
        Route("/api/search", web.api_search),
        Route("/api/talks", web.api_talks),
        Route("/api/status", web.api_status),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = ["*"] if settings.token else sorted(LOOPBACK_NAMES | {settings.host, f"[{settings.host}]"})
    middleware = [
        Middleware(Guard, token=settings.token),
        # A loopback server answers only to loopback names: a web page cannot rebind a DNS name to it.
        Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        archive.close()  # the render workers go with the server

    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={HTTPException: _error_page, ClkError: _clk_error},
        lifespan=lifespan,
    )
    return app


async def _error_page(request: Request, exc: Exception) -> Response:
    code = exc.status_code if isinstance(exc, HTTPException) else 500
    return Response(f"{code}\n", code, media_type="text/plain; charset=utf-8")


async def _clk_error(request: Request, exc: Exception) -> Response:
    """What the CLI would print as one line (no index yet, say), as the answer: never a traceback."""
    code = 503 if isinstance(exc, NotSyncedError | IndexDamagedError) else 400
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": str(exc)}, code)
    return Response(f"clkarchive: {exc}\n", code, media_type="text/plain; charset=utf-8")


def serve(archive: Archive, settings: Settings, announce: Callable[[str], None], open_browser: bool) -> None:
    """Listen, announce the URL once ready, and serve until Ctrl-C."""
    import socket

    import uvicorn

    check_settings(settings)
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP, and
    # without it every keep-alive answer waits ~40 ms for a delayed ACK (Nagle's algorithm).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((settings.host, settings.port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {settings.host}:{settings.port}: {exc.strerror or exc}") from None
    port = sock.getsockname()[1]
    shown = f"[{settings.host}]" if family == socket.AF_INET6 else settings.host
    url = f"http://{shown}:{port}/" + (f"?{urlencode({'token': settings.token})}" if settings.token else "")

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started:
                announce(url)
                if open_browser:
                    import webbrowser

                    threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()

    app = create_app(archive, settings)
    config = uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=3)
    try:
        Server(config).run(sockets=[sock])
    finally:
        archive.close()
