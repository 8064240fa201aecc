"""The pages and the JSON API: each route reads the Archive and answers.

Files are reached only through the index: a URL names a source and a path, the
index is asked whether it holds that file, and only the checkout of a file it
holds is read. Pages are drawn by the archive's worker processes, at most a
few at once, waited for on threads of their own, so a slow deck never holds up
a search.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import mimetypes
import re
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup, escape
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, RedirectResponse, Response

from clkarchive.archive import Archive, TalkEntry
from clkarchive.errors import QueryError
from clkarchive.models import (
    IMAGE_WIDTHS,
    MAX_QUERY_CHARS,
    IndexedFile,
    Marks,
    NewTalk,
    SearchResult,
    Speaker,
)
from clkarchive.web.timetable import forum_order, one_per_talk, schedule_key, timetable

HERE = Path(__file__).parent
MAX_LIMIT = 50  # talks on one results page or API answer
MAX_PAGES = 20  # pages shown under each talk
MAX_PATH = 1024  # characters of a source path in a URL; longer is 404 unread
MAX_NUMBER_DIGITS = 6  # of a page or year in a URL's path: no deck has a million pages
MAX_NAME = 200  # characters of a speaker's name in a URL
MAX_FEED = 100  # entries of the Atom feed
_EPOCH = "1970-01-01T00:00:00+00:00"  # a feed's updated time before any sync recorded news
MAX_WAITING_RENDERS = 64  # beyond this, a request gets the placeholder rather than a place in line
# Snippet marks: Unicode noncharacters, which text meant for interchange never holds (private-use
# characters do occur, from icon fonts). The snippet is escaped first, then each pair becomes <mark>.
MARKS = Marks("\ufdd0", "\ufdd1")
_MARKED = re.compile("\ufdd0([^\ufdd0\ufdd1]*)\ufdd1")
_FILE_CSP = {"Content-Security-Policy": "frame-ancestors 'none'"}
_PICTURES = (".webp", ".png", ".jpg", ".jpeg")
_FILE_TYPES = {".pdf": "application/pdf", ".webp": "image/webp", ".png": "image/png", ".jpg": "image/jpeg"}


@dataclass(frozen=True)
class SearchForm:
    """What a results page or /api/search asks for, parsed with bounds."""

    q: str = ""
    limit: int = 10
    pages: int = 3
    forum: str = ""
    source: str = ""
    year: int | None = None
    kind: str = "talk"  # what to show (archive.SEARCH_KINDS): an unknown one is refused as a query error


@dataclass(frozen=True)
class Facets:
    """The filters' choices: recomputed only when a sync has published."""

    years: list[int] = field(default_factory=list)
    forums: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


class Web:
    """The routes, over one Archive and one Renderer."""

    def __init__(self, archive: Archive, workers: int) -> None:
        self.archive = archive
        self.workers = workers
        self._render_slots: asyncio.Semaphore | None = None
        self._waiting = 0
        self._facets: tuple[int, Facets] | None = None
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
            agenda_url=agenda_url,
            row_url=row_url,
            speaker_url=speaker_url,
            talk_link=talk_link,
            search_url=search_url,
            is_picture=is_picture,
            drawable=archive.drawable,
        )

    # -- pages --------------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        facets = await run_in_threadpool(self.facets)
        return self.page("search.html", request, facets=facets, form=SearchForm(), result=None)

    async def search(self, request: Request) -> Response:
        form = _search_form(request)
        if not form.q:
            return RedirectResponse("/", 303)
        facets = await run_in_threadpool(self.facets)
        try:
            result, blobs, people = await run_in_threadpool(self._search_with_blobs, form)
        except QueryError as exc:  # said on the page, beside the form to mend it
            return self.page("search.html", request, facets=facets, form=form, result=None, error=str(exc))
        filters = [("year", form.year), ("source", form.source), ("forum", form.forum)]
        return self.page(
            "search.html",
            request,
            facets=facets,
            form=form,
            result=result,
            blobs=blobs,
            people=people,
            unfiltered=[(name, value) for name, value in filters if value],
        )

    def _search_with_blobs(
        self, form: SearchForm
    ) -> tuple[SearchResult, dict[tuple[str, str], str], list[Speaker]]:
        """The results, the blobs of the files they show, and the speakers the query is just the name of.
        One index generation for all three, even if a sync publishes now."""
        with self.archive.pinned():
            result = self._search(form, MARKS)
            blobs: dict[tuple[str, str], str] = {}
            for talk in result.results:
                held = self.archive.indexed(talk.source, talk.path)
                if held is not None:
                    blobs[(talk.source, talk.path)] = held.blob
            return result, blobs, self.archive.speakers(form.q)

    def _search(self, form: SearchForm, marks: Marks | None = None) -> SearchResult:
        """The search a form asks for: the page's and the API's alike, but for how words are marked."""
        return self.archive.search(
            form.q,
            limit=form.limit,
            pages=form.pages,
            forum=form.forum or None,
            source=form.source or None,
            year=form.year,
            kind=form.kind,
            marks=marks,
        )

    async def talk(self, request: Request) -> Response:
        source, path = _source_path(request)
        held, texts = await run_in_threadpool(self._talk, source, path)
        related = await run_in_threadpool(self.archive.related, source, path)
        return self.page(
            "talk.html",
            request,
            file=held,
            texts=texts,
            pdf=self.archive.drawable(held.talk.path),
            related=related,
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

    async def agenda(self, request: Request) -> Response:
        """The page of a talk only the agenda knows: what the poster says of it, and its row."""
        talk = await run_in_threadpool(self._agenda_talk, request)
        return self.page("agenda.html", request, file=talk)

    def _agenda_talk(self, request: Request) -> IndexedFile:
        source, path = _source_path(request)
        talk = self.archive.agenda_talk(source, path, request.query_params.get("title", "")[:MAX_PATH])
        if talk is None:
            raise HTTPException(404)
        return talk

    async def schedule(self, request: Request) -> Response:
        facets = await run_in_threadpool(self.facets)
        years = facets.years
        asked = request.path_params.get("year")
        year = _path_number(asked) if asked is not None else (years[-1] if years else 0)
        if years and year not in years:
            raise HTTPException(404)
        entries = await run_in_threadpool(self.archive.talks, year=year) if years else []
        by_forum: dict[str, list[TalkEntry]] = {}
        order = forum_order(entries)
        for entry in sorted(entries, key=lambda e: (order[e.forum], *schedule_key(e))):
            by_forum.setdefault(entry.forum, []).append(entry)
        forums = {forum: one_per_talk(listed) for forum, listed in by_forum.items()}
        return self.page(
            "schedule.html", request, year=year, years=years, forums=forums, days=timetable(entries)
        )

    async def status(self, request: Request) -> Response:
        statuses = await run_in_threadpool(self.archive.status)
        return self.page("status.html", request, statuses=statuses)

    async def speaker(self, request: Request) -> Response:
        """Everything one person presented, every year, newest first."""
        person = await run_in_threadpool(self._speaker, request)
        return self.page("speaker.html", request, person=person)

    def _speaker(self, request: Request) -> Speaker:
        name = request.path_params["name"]
        person = self.archive.speaker(name) if len(name) <= MAX_NAME else None
        if person is None:
            raise HTTPException(404)
        return person

    async def feed(self, request: Request) -> Response:
        """An Atom feed of the talks the last syncs added or changed, for a feed reader."""
        news = (await run_in_threadpool(self.archive.news))[:MAX_FEED]
        base = str(request.base_url).rstrip("/")
        xml = self.templates.get_template("feed.xml").render(
            news=news,
            base=base,
            entry_id=entry_id,
            entry_html=self.entry_html,
            updated=news[0].at if news else _EPOCH,
        )
        return Response(xml, media_type="application/atom+xml; charset=utf-8")

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
        number = _path_number(request.path_params["page"])
        if not _is_blob(blob) or size not in IMAGE_WIDTHS:
            raise HTTPException(404)
        etag = f'"{blob}-{number}-{size}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers=_immutable(etag))
        cached = await run_in_threadpool(self.archive.drawn, blob, number, size)
        if cached is None:
            held = await run_in_threadpool(self.archive.indexed_blob, blob)
            if held is None or not 1 <= number <= held.pages:
                raise HTTPException(404)
            cached = await self._render(functools.partial(self.archive.draw, held, number, size))
        if cached is None:
            return FileResponse(HERE / "static" / "broken.svg", media_type="image/svg+xml")
        return FileResponse(cached, media_type="image/webp", headers=_immutable(etag))

    async def row(self, request: Request) -> Response:
        """An agenda-only talk's picture: its row of the poster. Not immutable: a sync that reads the
        poster anew may place the talk elsewhere."""
        size = request.path_params["size"]
        if size not in IMAGE_WIDTHS:
            raise HTTPException(404)
        talk = await run_in_threadpool(self._agenda_talk, request)
        drawn = await self._render(functools.partial(self.archive.draw_row, talk, size))
        if drawn is None:
            return FileResponse(HERE / "static" / "broken.svg", media_type="image/svg+xml")
        return FileResponse(drawn, media_type="image/webp", headers={"Cache-Control": "no-cache"})

    async def _render(self, draw: Callable[[], Path | None]) -> Path | None:
        """Render now, at most `workers` at once; searches never wait for this (own slots, own threads)."""
        if self._waiting >= MAX_WAITING_RENDERS:
            return None
        if self._render_slots is None:
            self._render_slots = asyncio.Semaphore(self.workers)
        self._waiting += 1
        try:
            async with self._render_slots:
                return await asyncio.to_thread(draw)
        finally:
            self._waiting -= 1

    def entry_html(self, news: NewTalk, base: str) -> str:
        """A feed entry's content: who, where, when, and the talk's first slide (or its agenda row)."""
        picture = (
            row_url(news.source, news.path, news.title, "view")
            if news.kind == "agenda"
            else image_url(news.blob, 1)
            if news.pages and self.archive.drawable(news.path)
            else ""
        )
        about = " · ".join(
            filter(None, ["、".join(news.speakers), news.forum, str(news.year or news.source)])
        )
        html = f"<p>{escape(about)}</p>"
        return html + (f'<p><img src="{escape(base + picture)}" alt=""></p>' if picture else "")

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

    async def api_talk(self, request: Request) -> Response:
        """One file as the index holds it, with the talks most like it."""
        source, path = _source_path(request)
        held, _ = await run_in_threadpool(self._talk, source, path)
        related = await run_in_threadpool(self.archive.related, source, path)
        return JSONResponse(asdict(held) | {"related": [asdict(r) for r in related]})

    async def api_speakers(self, request: Request) -> Response:
        return JSONResponse([asdict(p) for p in await run_in_threadpool(self.archive.speakers)])

    async def api_speaker(self, request: Request) -> Response:
        return JSONResponse(asdict(await run_in_threadpool(self._speaker, request)))

    async def api_status(self, request: Request) -> Response:
        return JSONResponse([asdict(s) for s in await run_in_threadpool(self.archive.status)])

    # -- helpers -------------------------------------------------------------------------------------

    def facets(self) -> Facets:
        """Years, sources and forums for the filters; recomputed only when a sync has published."""
        with self._facets_lock:
            generation = self.archive.generation()
            if self._facets is None or self._facets[0] != generation:
                entries = self.archive.talks()
                years = sorted({s.year for s in self.archive.config.sources if s.year})
                forums = sorted({e.forum for e in entries if e.forum})
                sources = [s.name for s in self.archive.config.sources]
                self._facets = (generation, Facets(years, forums, sources))
            return self._facets[1]

    def page(self, name: str, request: Request, **context: Any) -> Response:
        html = self.templates.get_template(name).render(request=request, **context)
        return Response(html, media_type="text/html; charset=utf-8")


def _search_form(request: Request) -> SearchForm:
    params = request.query_params
    return SearchForm(
        q=" ".join(params.get("q", "").split()),  # the search refuses one too long, and says so
        limit=min(max(_int(params.get("limit"), 10), 1), MAX_LIMIT),
        pages=min(max(_int(params.get("pages"), 3), 1), MAX_PAGES),
        forum=params.get("forum", "")[:200],
        source=params.get("source", "")[:200],
        year=_year(params.get("year")),
        kind=params.get("kind", "talk")[:20],
    )


def _year(text: str | None) -> int | None:
    value = _int(text, 0)
    return value if value > 0 else None


def _path_number(text: str) -> int:
    """A number a URL's path names (a page, a year), or 404: never an unbounded number, which would
    become an unbounded file name (a picture's) or cost a conversion of thousands of digits."""
    if not (text.isascii() and text.isdigit()) or len(text) > MAX_NUMBER_DIGITS:
        raise HTTPException(404)
    return int(text)


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


def talk_url(source: str, path: str) -> str:
    return f"/talk/{quote(source)}/{quote(path)}"


def slide_url(source: str, path: str, page: int, query: str = "") -> str:
    params = {"page": page} | ({"q": query} if query else {})
    return f"/slide/{quote(source)}/{quote(path)}?{urlencode(params)}"


def file_url(source: str, path: str, download: bool = False) -> str:
    return f"/file/{quote(source)}/{quote(path)}" + ("?download=1" if download else "")


def image_url(blob: str, page: int, size: str = "thumb") -> str:
    return f"/img/{blob}/{page}/{size}.webp"


def agenda_url(source: str, poster: str, title: str) -> str:
    """The page of an agenda-only talk: its poster and its title name it (a poster lists many)."""
    return f"/agenda/{quote(source)}/{quote(poster)}?{urlencode({'title': title})}"


def search_url(form: SearchForm, **changes: str | int | None) -> str:
    """The results page of a form with some of its fields changed ("" or None: that filter removed)."""
    asked = asdict(form) | changes
    params = {k: v for k, v in asked.items() if v not in ("", None) and k in ("q", "year", "source", "forum")}
    return "/search?" + urlencode(params)


def speaker_url(name: str) -> str:
    return f"/speaker/{quote(name, safe='')}"


def talk_link(source: str, path: str, title: str, kind: str) -> str:
    """Where a talk's title leads: its deck's page, or for a talk only the agenda lists, its own page."""
    return agenda_url(source, path, title) if kind == "agenda" else talk_url(source, path)


def entry_id(news: NewTalk) -> str:
    """A feed entry's id (RFC 4151 tag URI): the same talk at the same version, the same id."""
    key = "\0".join([news.source, news.path, news.title, news.blob])
    return f"tag:clkarchive,2023:{hashlib.sha1(key.encode()).hexdigest()}"


def row_url(source: str, poster: str, title: str, size: str = "thumb") -> str:
    return f"/row/{size}/{quote(source)}/{quote(poster)}?{urlencode({'title': title})}"


def is_picture(path: str) -> bool:
    """A picture file (a poster): shown whole, far taller than a slide."""
    return PurePosixPath(path).suffix.lower() in _PICTURES


def marked(text: str) -> Markup:
    """A snippet with the search's marks as <mark>, everything else escaped."""
    html = _MARKED.sub(r"<mark>\1</mark>", str(escape(text)))
    return Markup(html.replace(MARKS.before, "").replace(MARKS.after, ""))  # a stray one: dropped


def marked_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The whole page text, escaped, with each span marked."""
    out: list[str] = []
    at = 0
    for start, end in spans:
        out += [str(escape(text[at:start])), "<mark>", str(escape(text[start:end])), "</mark>"]
        at = end
    out.append(str(escape(text[at:])))
    return "".join(out)
