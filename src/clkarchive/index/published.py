"""A summary of what the index holds, kept beside it, so that a sync with nothing to do never opens it.

A sync that finds every source still at the commits the summary names has
nothing to do, and can tell so without opening the index (whose readers cost
more to import than the rest of such a sync). The summary is trusted only while
the index is at the generation it was written for, by this version of the program, of its
tokenizer (a tokenizer that cuts text otherwise needs the index rebuilt, and only a sync that
opens the index rebuilds it) and of its agenda reader (a reader that reads the posters otherwise
lays the agenda over the talks again, which only a sync that opens the index does).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clkarchive._version import AGENDA_VERSION, OCR_VERSION, TOKENIZER_VERSION, __version__

if TYPE_CHECKING:
    from clkarchive.config import Config, Source
    from clkarchive.models import SourceState

log = logging.getLogger(__name__)
_TOC = re.compile(r"^_MAIN_(\d+)\.toc$")  # Whoosh's table of contents, one per generation
_PUBLISHED = "published.json"
_VERSION = f"{__version__} tokens {TOKENIZER_VERSION} agenda {AGENDA_VERSION} ocr {OCR_VERSION}"
_WAITING = "pictures_waiting"  # files the OCR pass has not been over (OCR off or not installed)


def whoosh_dir(index_dir: Path) -> Path:
    return index_dir / "whoosh"


def generation(index_dir: Path) -> int | None:
    """The generation Whoosh last published, read from file names alone; None for no index."""
    try:
        names = os.listdir(whoosh_dir(index_dir))
    except OSError:
        return None
    found = [int(m.group(1)) for name in names if (m := _TOC.match(name))]
    return max(found) if found else None


@dataclass(frozen=True)
class Published:
    """Each source's commit as the index's newest generation holds it."""

    generation: int
    version: str
    sources: dict[str, dict[str, Any]]  # name -> commit, url, branch, pattern, and retry (a failure to retry)
    files: dict[str, int] = field(default_factory=dict)  # the generation's files and their sizes

    def unchanged(self, source: Source, commit: str) -> bool:
        """Whether the index already holds this commit of the source, as the config now describes it."""
        held = self.sources.get(source.name, {})
        return {k: v for k, v in held.items() if k != _WAITING} == _source_summary(
            source, commit, retry=False
        )

    def pictures_waiting(self) -> bool:
        """Whether the last sync left pictures unread for want of OCR (off, or not installed): a sync
        that can read them must open the index though nothing upstream changed. A summary written
        before this was recorded may have some."""
        return any(held.get(_WAITING, True) for held in self.sources.values())


def read_published(config: Config) -> Published | None:
    """The summary, if it still describes the index and the program and its sources are the config's."""
    published = _read(config.index_dir)
    if published is None:
        return None
    current = published.generation == generation(config.index_dir) and published.version == _VERSION
    same_sources = set(published.sources) == {s.name for s in config.sources}
    return published if current and same_sources and _as_written(config.index_dir, published) else None


def damaged_files(index_dir: Path, published: Published | None = None) -> list[str]:
    """The files of the index's generation that are missing or not the size the sync that published
    them saw (a truncated segment, say): a stat per file, so every open can afford it. Empty when
    the summary describes another generation, or another index (none of its segments is here:
    Whoosh names segments at random, so a rebuilt index never has the old one's names)."""
    published = published or _read(index_dir)
    if published is None or published.generation != generation(index_dir):
        return []
    where = whoosh_dir(index_dir)
    sizes: dict[str, int | None] = {}
    for name in published.files:
        try:
            sizes[name] = (where / name).stat().st_size
        except OSError:
            sizes[name] = None
    if not any(sizes[name] is not None for name in published.files if name.endswith(".seg")):
        return []
    damaged = [name for name, size in published.files.items() if sizes[name] != size]
    # A sync that published meanwhile removed this generation's files after writing the next one's
    # table of contents: a file gone for that reason is no damage.
    return damaged if generation(index_dir) == published.generation else []


def _as_written(index_dir: Path, published: Published) -> bool:
    """Whether every file the summary names is here at the size it was written."""
    where = whoosh_dir(index_dir)
    try:
        return bool(published.files) and all(
            (where / name).stat().st_size == size for name, size in published.files.items()
        )
    except OSError:
        return False


def _read(index_dir: Path) -> Published | None:
    try:
        data = json.loads((index_dir / _PUBLISHED).read_text(encoding="utf-8"))
        return Published(**data)
    except (OSError, ValueError, TypeError):
        return None


def _files(index_dir: Path, gen: int) -> dict[str, int]:
    """The generation's table of contents and segment files, with their sizes."""
    where = whoosh_dir(index_dir)
    found = {}
    for name in os.listdir(where):
        if name == f"_MAIN_{gen}.toc" or name.endswith(".seg"):
            found[name] = (where / name).stat().st_size
    return found


def write_published(config: Config, states: list[SourceState], synced: set[str], waiting: set[str]) -> None:
    """Describe the index as it now is, after a sync that opened it: states, each source's as the index
    holds it; synced, the sources it synced without an error (the others' states may date from
    another config); waiting, the sources with files the OCR pass has not been over."""
    by_name = {s.name: s for s in config.sources}
    sources = {}
    for state in states:
        source = by_name.get(state.name)
        retry = any(f.retry for f in state.failures)
        if source is not None and state.name in synced and state.url == source.url:
            sources[state.name] = _source_summary(source, state.commit, retry) | {
                _WAITING: state.name in waiting
            }
        else:  # dropped from the config, moved, or failed: a later sync must look at the index
            sources[state.name] = {"commit": state.commit, "url": state.url, "stale": True}
    gen = generation(config.index_dir)
    files = _files(config.index_dir, gen) if gen is not None else {}
    summary = Published(gen if gen is not None else -1, _VERSION, sources, files)
    path = config.index_dir / _PUBLISHED
    fd, tmp = tempfile.mkstemp(dir=config.index_dir, prefix=".published.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(summary), f, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError as exc:  # only an optimisation is lost: the next sync opens the index
        os.unlink(tmp)
        log.warning("could not write %s: %s", path, exc)


def _source_summary(source: Source, commit: str, retry: bool) -> dict[str, Any]:
    return dict(commit=commit, url=source.url, branch=source.branch, pattern=source.pattern, retry=retry)
