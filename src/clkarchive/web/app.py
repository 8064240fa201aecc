"""`clkarchive serve`: a local web interface that shows the slides themselves.

Starlette answers, Jinja2 writes the pages (autoescaped: every title, speaker,
slide text and query is data, never markup), uvicorn serves. The server is one
process holding one Archive, so every search runs on the warm searcher and sees
a sync's new index as soon as it is published. Files are reached only through
the index: a URL names a source and a path, the index is asked whether it
holds that file, and only the checkout of a file it holds is read. Pages are
drawn by render.py's worker processes, at most a few at once, waited for on
threads of their own, so a slow deck never holds up a search.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import ipaddress
import mimetypes
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clkarchive.archive import Archive, TalkEntry
from clkarchive.errors import ClkError, NotSyncedError, QueryError, UsageError
from clkarchive.models import IMAGE_WIDTHS, MAX_QUERY_CHARS, IndexedFile, Marks, SearchResult

HERE = Path(__file__).parent
MAX_LIMIT = 50  # talks on one results page or API answer
MAX_PAGES = 20  # pages shown under each talk
MAX_PATH = 1024  # characters of a source path in a URL; longer is 404 unread
MAX_WAITING_RENDERS = 64  # beyond this, a request gets the placeholder rather than a place in line
TOKEN_COOKIE = "clkarchive_token"
# Snippet marks: Unicode noncharacters, which text meant for interchange never holds (private-use
# characters do occur, from icon fonts). The snippet is escaped first, then each pair becomes <mark>.
_MARKS = Marks("\ufdd0", "\ufdd1")
_MARKED = re.compile("\ufdd0([^\ufdd0\ufdd1]*)\ufdd1")
_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_FILE_CSP = {"Content-Security-Policy": "frame-ancestors 'none'"}
_FILE_TYPES = {".pdf": "application/pdf", ".webp": "image/webp", ".png": "image/png", ".jpg": "image/jpeg"}
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class Settings:
    """How the server was asked to run; the token, if any, guards every request."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None


def is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_settings(settings: Settings) -> None:
    """Refuse to listen beyond this machine without a token: the slides and the index would be open."""
    if not is_loopback(settings.host) and not settings.token:
        raise UsageError(
            f"--host {settings.host} is reachable from other machines: pass --token TOKEN "
            "(every request must then carry it), or keep the default 127.0.0.1"
        )


class _Guard:
    """Only GET and HEAD; the token when one is set; the security headers on every answer.

    Plain ASGI rather than BaseHTTPMiddleware: it adds headers as the answer starts and costs
    nothing per request beyond that.
    """

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refused = None
        set_cookie = False
        if request.method not in ("GET", "HEAD"):
            refused = Response("only GET and HEAD\n", 405, {"Allow": "GET, HEAD"})
        elif self.token:
            given = request.query_params.get("token")
            set_cookie = given is not None and _same(given, self.token)
            if not set_cookie and not _same(request.cookies.get(TOKEN_COOKIE, ""), self.token):
                refused = Response("a valid token is required: open the link the server printed\n", 403)
        if refused is not None:
            await refused(scope, receive, _with_headers(send, None))
            return
        cookie = None
        if set_cookie and self.token:
            carrier = Response()
            carrier.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            cookie = carrier.headers["set-cookie"]
        await self.app(scope, receive, _with_headers(send, cookie))


def _with_headers(send: Send, cookie: str | None) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            headers.setdefault("Content-Security-Policy", _CSP)
            headers["X-Content-Type-Options"] = "nosniff"
            headers["Referrer-Policy"] = "no-referrer"
            headers.setdefault("Cache-Control", "no-cache")
            if cookie:
                headers.append("Set-Cookie", cookie)
        await send(message)

    return sending


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())


class Web:
    """The routes, over one Archive and one Renderer."""

    def __init__(self, archive: Archive, workers: int) -> None:
        self.archive = archive
        self.workers = workers
        self._render_slots: asyncio.Semaphore | None = None
        self._waiting = 0
        self._facets: tuple[int, dict] | None = None
        self._facets_lock = threading.Lock()
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["marked"] = marked
        self.templates.globals.update(
            talk_url=talk_url,
            slide_url=slide_url,
            file_url=file_url,
            image_url=image_url,
            drawable=archive.drawable,
        )

    # -- pages --------------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        facets = await run_in_threadpool(self.facets)
        return self.page("search.html", request, facets=facets, form={}, result=None)

    async def search(self, request: Request) -> Response:
        form = _search_form(request)
        if not form["q"]:
            return RedirectResponse("/", 303)
        facets = await run_in_threadpool(self.facets)
        try:
            result, blobs = await run_in_threadpool(self._search_with_blobs, form)
        except QueryError as exc:  # said on the page, beside the form to mend it
            return self.page("search.html", request, facets=facets, form=form, result=None, error=str(exc))
        return self.page("search.html", request, facets=facets, form=form, result=result, blobs=blobs)

    def _search_with_blobs(self, form: dict) -> tuple:
        # One index generation for the results and the files they show, even if a sync publishes now.
        with self.archive.pinned():
            result = self._search(form, _MARKS)
            blobs = {}
            for talk in result.results:
                held = self.archive.indexed(talk.source, talk.path)
                if held is not None:
                    blobs[(talk.source, talk.path)] = held.blob
        return result, blobs

    def _search(self, form: dict, marks: Marks | None = None) -> SearchResult:
        """The search a form asks for: the page's and the API's alike, but for how words are marked."""
        return self.archive.search(
            form["q"],
            limit=form["limit"],
            pages=form["pages"],
            forum=form["forum"] or None,
            source=form["source"] or None,
            year=form["year"],
            marks=marks,
        )

    async def talk(self, request: Request) -> Response:
        source, path = _source_path(request)
        held, texts = await run_in_threadpool(self._talk, source, path)
        return self.page(
            "talk.html", request, file=held, texts=texts, pdf=self.archive.drawable(held.talk.path)
        )

    async def slide(self, request: Request) -> Response:
        source, path = _source_path(request)
        held, texts = await run_in_threadpool(self._talk, source, path)
        number = _int(request.query_params.get("page"), 1)
        if not 1 <= number <= max(held.pages, 1):
            raise HTTPException(404)
        query = request.query_params.get("q", "")[:MAX_QUERY_CHARS]
        text = texts[number - 1] if texts else ""
        return self.page(
            "slide.html",
            request,
            file=held,
            number=number,
            text=Markup(marked_spans(text, self.archive.matched_spans(text, query))),
            query=query,
            pdf=self.archive.drawable(held.talk.path),
        )

    def _talk(self, source: str, path: str) -> tuple[IndexedFile, list[str]]:
        with self.archive.pinned():
            held = self.archive.indexed(source, path)
            if held is None:
                raise HTTPException(404)
            return held, self.archive.page_texts(source, path)

    async def schedule(self, request: Request) -> Response:
        facets = await run_in_threadpool(self.facets)
        years = facets["years"]
        year = _int(request.path_params.get("year"), years[-1] if years else 0)
        if years and year not in years:
            raise HTTPException(404)
        entries = await run_in_threadpool(self.archive.talks, year=year) if years else []
        forums: dict[str, list[TalkEntry]] = {}
        for entry in sorted(entries, key=_schedule_key):
            forums.setdefault(entry.forum, []).append(entry)
        return self.page(
            "schedule.html", request, year=year, years=years, forums=forums, days=timetable(entries)
        )

    async def status(self, request: Request) -> Response:
        statuses = await run_in_threadpool(self.archive.status)
        return self.page("status.html", request, statuses=statuses)

    # -- files and pictures ---------------------------------------------------------------------------

    async def file(self, request: Request) -> Response:
        source, path = _source_path(request)
        held = await run_in_threadpool(self.archive.indexed, source, path)
        local = await run_in_threadpool(self.archive.checked_out, held) if held else None
        if held is None or local is None:
            raise HTTPException(404)
        suffix = PurePosixPath(path).suffix.lower()
        download = request.query_params.get("download") == "1" or suffix not in _FILE_TYPES
        return FileResponse(
            local,
            media_type=_FILE_TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream",
            filename=PurePosixPath(path).name,
            content_disposition_type="attachment" if download else "inline",
            # Browsers show a PDF in a viewer of their own, which a page's CSP would block; a type that
            # could run script is never inline (see _FILE_TYPES).
            headers={"Cache-Control": "no-cache", "ETag": f'"{held.blob}"', **_FILE_CSP},
        )

    async def image(self, request: Request) -> Response:
        blob, size = request.path_params["blob"], request.path_params["size"]
        number = request.path_params["page"]
        if not _is_blob(blob) or size not in IMAGE_WIDTHS:
            raise HTTPException(404)
        etag = f'"{blob}-{number}-{size}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=_immutable(etag))
        cached = await run_in_threadpool(self.archive.drawn, blob, number, size)
        if cached is None:
            cached = await self._render(blob, number, size)
        if cached is None:
            return FileResponse(HERE / "static" / "broken.svg", media_type="image/svg+xml")
        return FileResponse(cached, media_type="image/webp", headers=_immutable(etag))

    async def _render(self, blob: str, number: int, size: str) -> Path | None:
        """Render now, at most `workers` at once; searches never wait for this (own slots, own threads)."""
        held = await run_in_threadpool(self.archive.indexed_blob, blob)
        if held is None or not 1 <= number <= held.pages:
            raise HTTPException(404)
        if self._waiting >= MAX_WAITING_RENDERS:
            return None
        if self._render_slots is None:
            self._render_slots = asyncio.Semaphore(self.workers)
        self._waiting += 1
        try:
            async with self._render_slots:
                return await asyncio.to_thread(self.archive.draw, held, number, size)
        finally:
            self._waiting -= 1

    # -- JSON --------------------------------------------------------------------------------------

    async def api_search(self, request: Request) -> Response:
        form = _search_form(request)
        started = time.perf_counter()
        result = await run_in_threadpool(self._search, form)
        took = (time.perf_counter() - started) * 1000
        return JSONResponse(asdict(result), headers={"Server-Timing": f"search;dur={took:.2f}"})

    async def api_talks(self, request: Request) -> Response:
        year = _year(request.query_params.get("year"))
        source = request.query_params.get("source") or None
        entries = await run_in_threadpool(self.archive.talks, source=source, year=year)
        return JSONResponse([asdict(e) for e in entries])

    async def api_status(self, request: Request) -> Response:
        return JSONResponse([asdict(s) for s in await run_in_threadpool(self.archive.status)])

    # -- helpers -------------------------------------------------------------------------------------

    def facets(self) -> dict:
        """Years, sources and forums for the filters; recomputed only when a sync has published."""
        with self._facets_lock:
            generation = self.archive.generation()
            if self._facets is None or self._facets[0] != generation:
                entries = self.archive.talks()
                years = sorted({s.year for s in self.archive.config.sources if s.year})
                forums = sorted({e.forum for e in entries if e.forum})
                sources = [s.name for s in self.archive.config.sources]
                self._facets = (generation, {"years": years, "forums": forums, "sources": sources})
            return self._facets[1]

    def page(self, name: str, request: Request, **context) -> Response:
        html = self.templates.get_template(name).render(request=request, **context)
        return Response(html, media_type="text/html; charset=utf-8")


def _search_form(request: Request) -> dict:
    params = request.query_params
    return {
        "q": " ".join(params.get("q", "").split()),  # the search refuses one too long, and says so
        "limit": min(max(_int(params.get("limit"), 10), 1), MAX_LIMIT),
        "pages": min(max(_int(params.get("pages"), 3), 1), MAX_PAGES),
        "forum": params.get("forum", "")[:200],
        "source": params.get("source", "")[:200],
        "year": _year(params.get("year")),
    }


def _year(text: str | None) -> int | None:
    value = _int(text, 0)
    return value if value > 0 else None


def _int(text: object, default: int) -> int:
    if isinstance(text, int):
        return text
    try:
        return int(str(text)) if text is not None and len(str(text)) <= 9 else default
    except ValueError:
        return default


def _source_path(request: Request) -> tuple[str, str]:
    """The source and path a URL names, refused (404, nothing read) when it could not be an indexed path."""
    source, path = request.path_params["source"], request.path_params["path"]
    parts = path.split("/")
    if (
        len(path) > MAX_PATH
        or "\x00" in path
        or "\\" in path
        or any(part in ("", ".", "..") for part in parts)
        or "/" in source
        or source in ("", ".", "..")
    ):
        raise HTTPException(404)
    return source, path


def _is_blob(text: str) -> bool:
    return len(text) == 40 and all(c in "0123456789abcdef" for c in text)


def _immutable(etag: str) -> dict[str, str]:
    return {"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable"}


def _schedule_key(entry: TalkEntry) -> tuple:
    return (
        entry.date or "",
        entry.start or "99:99",
        entry.kind != "slides",
        entry.order or 0,
        entry.path,
    )


@dataclass
class Day:
    """One day of a timetable: its forums as columns, its start times as rows."""

    date: str
    forums: list[str]
    rows: list[tuple[str, dict[str, list[TalkEntry]]]]


def timetable(entries: Sequence[TalkEntry]) -> list[Day]:
    """The talks that have a start time (from the agenda, where a sync read one), by day, time and forum.

    Talks without a time are left to the per-forum lists, so a year without an
    agenda still shows every talk, in its forum's order.
    """
    days: dict[str, dict[str, dict[str, list[TalkEntry]]]] = {}
    for entry in sorted(entries, key=_schedule_key):
        start = entry.start
        if start:
            day = days.setdefault(entry.date or "", {})
            day.setdefault(start, {}).setdefault(entry.forum, []).append(entry)
    out = []
    for date, rows in sorted(days.items()):
        forums = sorted({forum for cells in rows.values() for forum in cells})
        out.append(Day(date, forums, sorted(rows.items())))
    return out


def talk_url(source: str, path: str) -> str:
    return f"/talk/{quote(source)}/{quote(path)}"


def slide_url(source: str, path: str, page: int, query: str = "") -> str:
    params = {"page": page} | ({"q": query} if query else {})
    return f"/slide/{quote(source)}/{quote(path)}?{urlencode(params)}"


def file_url(source: str, path: str, download: bool = False) -> str:
    return f"/file/{quote(source)}/{quote(path)}" + ("?download=1" if download else "")


def image_url(blob: str, page: int, size: str = "thumb") -> str:
    return f"/img/{blob}/{page}/{size}.webp"


def marked(text: str) -> Markup:
    """A snippet with the search's marks as <mark>, everything else escaped."""
    html = _MARKED.sub(r"<mark>\1</mark>", str(escape(text)))
    return Markup(html.replace(_MARKS.before, "").replace(_MARKS.after, ""))  # a stray one: dropped


def marked_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The whole page text, escaped, with each span marked."""
    out, at = [], 0
    for start, end in spans:
        out += [str(escape(text[at:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        at = end
    out.append(str(escape(text[at:])))
    return "".join(out)


def create_app(archive: Archive, settings: Settings = Settings()) -> Starlette:
    """The web application over an archive; see the module docstring."""
    web = Web(archive, workers=archive.workers())
    path = "{source}/{path:path}"
    routes = [
        Route("/", web.home),
        Route("/search", web.search),
        Route(f"/talk/{path}", web.talk),
        Route(f"/slide/{path}", web.slide),
        Route(f"/file/{path}", web.file),
        Route("/img/{blob}/{page:int}/{size}.webp", web.image),
        Route("/schedule", web.schedule),
        Route("/schedule/{year:int}", web.schedule),
        Route("/status", web.status),
        Route("/api/search", web.api_search),
        Route("/api/talks", web.api_talks),
        Route("/api/status", web.api_status),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = ["*"] if settings.token else sorted(_LOOPBACK_NAMES | {settings.host, f"[{settings.host}]"})
    middleware = [
        Middleware(_Guard, token=settings.token),
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
    code = 503 if isinstance(exc, NotSyncedError) else 400
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
        async def startup(self, sockets=None) -> None:
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
