"""The small records that cross module boundaries: what a file is, what the index holds, what went wrong.

They live here, apart from the code that makes them, so that the index, the
file-name parser and the sync can share them without importing one another.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

MAX_QUERY_CHARS = 1000  # a longer query is refused, by search and by the web's forms alike
IMAGE_WIDTHS = {"thumb": 400, "view": 1440}  # pixels: a grid thumbnail, and the slide viewer
MAX_NAMED = 3  # new talks a sync's summary names; the rest it counts


@dataclass(frozen=True)
class Talk:
    """The metadata of one talk or file: what its path gives, and what the agenda poster adds."""

    path: str  # inside the repository, '/'-separated; an agenda talk's is its poster's
    # "slides" (has text to extract), "material" (recorded, no text) or "agenda" (a talk the
    # agenda posters list but the repository holds no deck of; its pages are 0)
    kind: str
    forum: str
    forum_en: str
    order: int | None
    title: str
    speakers: tuple[str, ...] = ()
    note: str = ""  # why a material has no text
    date: str | None = None  # "YYYY-MM-DD", from the agenda
    start: str | None = None  # "HH:MM", from the agenda
    end: str | None = None
    affiliations: tuple[str, ...] = ()  # one per speaker where the agenda gives it, else ""
    # What the agenda read too unsurely to show as fact, left empty above: (field, why) pairs,
    # field "time" (date, start, end), "speakers" (with affiliations) or "forum".
    withheld: tuple[tuple[str, str], ...] = ()
    recording: str | None = None  # the link to its forum's recording, from the repository's README
    # The title the agenda prints for this deck's talk, where it says more or otherwise than the
    # file name ("CLK_22_EEIO.pdf" for "Energy-Efficient I/O：Block层约束设备频率的探索与支持").
    agenda_title: str = ""
    # The names the agenda printed with the talk but read too unsurely to show (its speakers
    # withheld): a search for them finds the talk, and nothing shows them as its speakers.
    unsure_speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class IndexedFile:
    """A file as the index knows it: where it came from and what it holds."""

    source: str
    blob: str
    talk: Talk
    pages: int
    ocr_done: bool = False  # the OCR pass has been over this version of the file


@dataclass(frozen=True)
class PageText:
    """One page's text as the index holds it."""

    page: int  # 1-based; an agenda-only talk's one page is 0
    text: str
    ocr: bool = False  # read from the page's picture


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str
    # Tried again on the next sync (an LFS server that did not answer). Otherwise the
    # file waits for a new blob or `sync --retry-failed`: a broken deck stays broken.
    retry: bool = False
    ocr: bool = False  # a picture in the file could not be read; its text is indexed


@dataclass
class SourceState:
    """What the last sync of a source left behind."""

    name: str
    url: str
    commit: str
    synced_at: str  # ISO 8601, UTC
    seconds: float
    failures: list[Failure] = field(default_factory=list)

    @classmethod
    def from_json(cls, text: str) -> SourceState:
        import json  # here, not at the top: search never reads a source's state

        data = json.loads(text)
        data["failures"] = [Failure(**f) for f in data.get("failures", [])]
        return cls(**data)


@dataclass(frozen=True)
class PageHit:
    page: int
    score: float
    snippet: str = ""
    ocr: bool = False  # the page's text was read from its picture


@dataclass
class TalkHit:
    rank: int
    source: str
    path: str
    title: str
    forum: str
    forum_en: str
    order: int | None
    score: float
    file: str
    speakers: list[str] = field(default_factory=list)
    pages: list[PageHit] = field(default_factory=list)
    date: str | None = None  # the agenda's "YYYY-MM-DD"
    start: str | None = None  # the agenda's "HH:MM"
    end: str | None = None
    matched: list[str] = field(default_factory=list)  # the query's words this talk holds
    missing: list[str] = field(default_factory=list)  # and those it lacks (partial matches only)
    expanded: list[str] = field(default_factory=list)  # terms the search added that this talk holds


@dataclass
class SearchResult:
    query: str
    total: int
    results: list[TalkHit]
    complete: bool = True  # every result holds every word; False: the closest partial matches
    corrected: str | None = None  # the query searched instead, when a word matched nothing
    expanded: list[str] = field(default_factory=list)  # added terms some result holds
    ignored: list[str] = field(default_factory=list)  # filler words not required
    words: list[str] = field(default_factory=list)  # the words (and operator clauses) required
    notes: list[str] = field(default_factory=list)  # what the search left out to stay within its limits


@dataclass
class TalkCard:
    """A talk as a list shows it (a speaker's talks, related talks): what, where, when, its first slide."""

    source: str
    year: int | None
    title: str
    forum: str
    kind: str  # "slides", or "agenda" for a talk only the agenda lists
    path: str  # an agenda talk's is its poster's
    blob: str  # of the deck, or of the poster
    pages: int
    date: str | None = None
    start: str | None = None
    affiliation: str = ""  # the speaker's, as the poster gave it for this talk
    speakers: list[str] = field(default_factory=list)  # everyone who gave it, this speaker among them

    def when(self) -> str:
        """The agenda's day and time, "2024-10-26 14:00", else the year."""
        return " ".join(filter(None, [self.date, self.start])) or str(self.year or "")


@dataclass
class Speaker:
    """A person who spoke at the conference, with every talk of theirs the archive holds."""

    name: str  # in Chinese characters where any of their talks writes it so
    pinyin: str = ""  # a Chinese name read aloud, surname first: "Li Zefan"
    spellings: list[str] = field(default_factory=list)  # other ways the talks write the name
    affiliations: list[str] = field(default_factory=list)  # as the posters gave them, newest first
    talks: list[TalkCard] = field(default_factory=list)  # newest first

    def __str__(self) -> str:
        """The name, its pinyin and affiliations, then a tab-separated line a talk (`talks --speaker`)."""
        head = "; ".join(filter(None, [" ".join(filter(None, [self.name, self.pinyin])), *self.affiliations]))
        return "\n".join(
            [
                head,
                *(
                    f"  {t.source}\t{t.forum}\t{t.when()}\t{t.title}\t{'、'.join(t.speakers)}\t{t.kind}"
                    for t in self.talks
                ),
            ]
        )


@dataclass
class NewTalk:
    """A talk a sync added or changed: what the feed and the sync's summary name."""

    at: str  # when the sync that found it published, ISO 8601, UTC
    change: str  # "added" or "changed"
    source: str
    year: int | None
    title: str
    speakers: list[str]
    forum: str
    kind: str
    path: str
    blob: str
    pages: int


@dataclass(frozen=True)
class Marks:
    """What a snippet puts around a matched word: ANSI bold on a terminal, ** in plain text."""

    before: str = "**"
    after: str = "**"


PLAIN = Marks()


@dataclass
class SyncReport:
    """What one source's sync did, for the summary line, the log and --json."""

    source: str
    commit: str = ""
    previous: str = ""
    added: int = 0
    changed: int = 0
    removed: int = 0
    pages: int = 0
    extracted: int = 0
    ocr_pages: int = 0  # pages whose text the OCR pass read from pictures
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None
    temporary: bool = False  # the error may go away by itself: a lock, an unreachable remote
    new_failures: int = 0  # files failing that did not fail at the last sync
    new_talks: list[str] = field(default_factory=list)  # titles of the talks this sync added

    def newsworthy(self) -> bool:
        """Worth a line on stdout under --quiet: something moved, or files were skipped.

        An error is not: it goes to stderr, always."""
        moved = self.commit != self.previous or self.added or self.changed or self.removed
        return bool(not self.error and (moved or self.new_failures))

    def summary(self) -> str:
        if self.error:
            return f"{self.error} (sync failed after {self.seconds:.1f} s)"
        return (
            f"{self.source}: {self.commit[:12]}  +{self.added} ~{self.changed} -{self.removed} files, "
            f"{self.pages} pages indexed{self._ocr_note()}, {len(self.failures)} failed, {self.seconds:.1f} s"
        ) + self._new_talks()

    def _new_talks(self) -> str:
        """The titles of the talks this sync added, on the summary's line (the first MAX_NAMED): one line
        a source, for logs and for scripts that read them."""
        if not self.new_talks:
            return ""
        more = len(self.new_talks) - MAX_NAMED
        named = ", ".join(f"“{title}”" for title in self.new_talks[:MAX_NAMED])
        return f"; new: {named}" + (f" and {more} more" if more > 0 else "")

    def _ocr_note(self) -> str:
        return f" ({self.ocr_pages} read by OCR)" if self.ocr_pages else ""


def pages_held(files: Iterable[IndexedFile]) -> int:
    """The pages the index holds for these files: a deck's, and the one OCR read from a picture.
    `status` shows this count; a sync's summary adds up to it (what it indexed, what OCR added)."""
    return sum(f.pages for f in files)


class Progress(Protocol):
    """Told how a sync goes, to draw a progress line on a terminal or print plain lines."""

    def phase(self, source: str, name: str, total: int, work: float) -> None:
        """A phase of a source's sync begins ("reading text", "reading pictures"): `total` items,
        `work` their expected cost in any unit, so that an estimate need not take items as equal."""

    def reading(self, source: str, name: str) -> None:
        """An item of the phase is being read now (several may be at once)."""

    def extracted(self, source: str, name: str, pages: int, error: str | None, work: float) -> None:
        """One of the `total` done: `name` read, `pages` pages of it, or the error that stopped it."""

    def finished(self, report: SyncReport) -> None:
        """A source's sync has ended, its pictures too: its summary can be told now."""


class TermBridge(Protocol):
    """Equivalent terms across languages, handed to a side that may not import the search's glossary
    (the sync, the agenda): for each English word or phrase asked, the Chinese terms it translates to."""

    def __call__(self, phrases: Collection[str]) -> Mapping[str, Collection[str]]: ...


class WeighedTermBridge(Protocol):
    """The term bridge with each equivalent's weight (below 1: less telling than the word asked),
    for a side that weighs what it adds, as search does: the related talks' more-like-this."""

    def __call__(self, words: Collection[str]) -> Mapping[str, Mapping[str, float]]: ...


@dataclass
class SourceStatus:
    source: str
    url: str
    commit: str | None = None
    synced_at: str | None = None
    talks: int = 0
    materials: int = 0
    pages: int = 0
    decks: int = 0  # slide decks in the last synced commit, those that failed included
    failures: list[Failure] = field(default_factory=list)
    ocr_pages: int = 0  # pages whose text was read from their pictures
    # Decks whose text all came from OCR (scanned, or pictures for slides): path -> pages read.
    read_by_ocr: dict[str, int] = field(default_factory=dict)
    last_attempt: str | None = None
    last_error: str | None = None
    last_ok: str | None = None
    # What a sync running now does with this source ("reading pictures"); "" when none is running.
    syncing: str = ""
    added: list[str] = field(default_factory=list)  # titles of the talks its last recorded sync added
    added_at: str | None = None  # when that sync ran

    def error(self) -> str | None:
        """The last attempt's error without the source name it starts with."""
        return self.last_error.removeprefix(f"{self.source}: ") if self.last_error else None

    def never_synced(self) -> str | None:
        """'never synced', with the failed attempt if there was one; None once a sync succeeded."""
        if self.commit or self.last_ok:
            return None
        if self.last_error:
            return f"never synced; last attempt failed at {self.last_attempt}: {self.error()}"
        return "never synced"
