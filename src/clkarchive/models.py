"""The small records that cross module boundaries: what a file is, what the index holds, what went wrong.

They live here, apart from the code that makes them, so that the index, the
file-name parser and the sync can share them without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True)
class IndexedFile:
    """A file as the index knows it: where it came from and what it holds."""

    source: str
    blob: str
    talk: Talk
    pages: int


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str
    # Tried again on the next sync (an LFS server that did not answer). Otherwise the
    # file waits for a new blob or `sync --retry-failed`: a broken deck stays broken.
    retry: bool = False


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
