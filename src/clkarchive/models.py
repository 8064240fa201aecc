"""The small records that cross module boundaries: what a file is, what the index holds, what went wrong.

They live here, apart from the code that makes them, so that the index, the
file-name parser and the sync can share them without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Talk:
    """The metadata of one file, as the path gives it."""

    path: str  # inside the repository, '/'-separated
    kind: str  # "slides" (has text to extract) or "material" (recorded, no text)
    forum: str
    forum_en: str
    order: int | None
    title: str
    speakers: tuple[str, ...] = ()
    note: str = ""  # why a material has no text


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
