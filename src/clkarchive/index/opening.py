"""Opening the index: the newest generation, whole, or a clear word why not.

A reader opens the generation Whoosh last published; a sync that publishes
meanwhile removes the files of the one before, so a read that finds a file
gone is tried again on the newest (never taken for damage). A generation whose
files are not the sizes its sync saw, or whose segments do not open, is
damaged: readers say so, and a sync moves it aside and rebuilds.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from whoosh import index as whoosh_index
from whoosh.index import Index

from clkarchive.errors import IndexDamagedError, NotSyncedError
from clkarchive.index.published import damaged_files, generation, whoosh_dir
from clkarchive.index.schema import current, schema

log = logging.getLogger(__name__)
# What Whoosh raises for a missing, truncated or garbled index.
UNREADABLE = (whoosh_index.IndexError, OSError, ValueError, EOFError, pickle.UnpicklingError, KeyError)
RETRIES = 5  # a generation published (and the last one's files removed) between two reads: read again
DAMAGED = "the index in {} is damaged ({}); run `clkarchive sync`, which moves it aside and rebuilds it"
T = TypeVar("T")


def open_index(index_dir: Path, create: bool = False) -> Index:
    """The Whoosh index for reading; with create (sync), a new one if there is none or it is unusable.

    An unreadable index, or one an older clkarchive wrote with other fields,
    is moved aside, never deleted: the sync rebuilds from the mirror, and the
    old copy stays for whoever wants to look at it.
    """
    where = whoosh_dir(index_dir)

    def opened() -> tuple[Index, bool, bool]:
        # Whoosh reads the newest table of contents at each of these calls: all of them are retried.
        ix = _whole(index_dir, whoosh_index.open_dir(str(where)))
        return ix, ix.is_empty(), current(ix.schema)

    try:
        ix, empty, up_to_date = newest(index_dir, opened)
    except UNREADABLE as exc:
        problem, aside = f"cannot be read ({exc})", "damaged"
    except _Damaged as exc:
        if not create:
            raise IndexDamagedError(DAMAGED.format(index_dir, exc)) from None
        problem, aside = f"is damaged ({exc})", "damaged"
    else:
        if not create and empty:  # no segment yet (doc_count() would open them all)
            raise NotSyncedError(
                f"the index in {index_dir} is empty: the first `clkarchive sync` has not finished"
            )
        if up_to_date:
            return ix
        ix.close()
        problem, aside = "was written by an older clkarchive, with other fields or tokens", "old"
    if not create:
        if where.exists():
            raise NotSyncedError(f"the index in {index_dir} {problem}; run `clkarchive sync`") from None
        raise NotSyncedError(f"no index in {index_dir} yet; run `clkarchive sync` first") from None
    if where.exists():
        moved = where.with_name(f"whoosh.{aside}-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        where.rename(moved)
        log.warning("the index %s; moved it to %s and rebuilding", problem, moved)
    where.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(str(where), schema())


def older_ocr(index_dir: Path) -> dict[str, str]:
    """What OCR read in each blob, as the newest index an older clkarchive wrote holds it (the one
    open_index moved aside as "old"): a rebuild for other tokens or fields reads the same pictures,
    and reading them again takes minutes. Nothing from a damaged index, which is not to be trusted."""
    where = whoosh_dir(index_dir)
    older = sorted(where.parent.glob(f"{where.name}.old-*"))
    if not older:
        return {}
    try:
        ix = whoosh_index.open_dir(str(older[-1]))
        try:
            if "ocr_boxes" not in ix.schema:
                return {}
            with ix.searcher() as s:
                return {d["blob"]: d["ocr_boxes"] for d in s.documents(kind="ocr") if d.get("ocr_boxes")}
        finally:
            ix.close()
    except UNREADABLE as exc:
        log.warning("could not read what OCR read from %s (%s): pictures are read again", older[-1], exc)
        return {}


def newest(index_dir: Path, read: Callable[[], T]) -> T:
    """read(), again when it failed for a file that a sync removed on publishing a newer generation
    meanwhile: a reader sees one whole generation, never a vanished one."""
    for _ in range(RETRIES):
        before = generation(index_dir)
        try:
            return read()
        except FileNotFoundError:
            if generation(index_dir) == before:
                raise
    return read()


def _whole(index_dir: Path, ix: Index) -> Index:
    """The index, once its files are the sizes its sync saw and every segment opens."""
    if damaged := damaged_files(index_dir):
        ix.close()
        raise _Damaged(f"{', '.join(damaged)}: not the size it was written")
    if ix.is_empty():
        return ix
    try:
        ix.reader().close()  # opens every segment: a truncated one fails here
    except FileNotFoundError:
        raise
    except (EOFError, ValueError, pickle.UnpicklingError, KeyError, OSError) as exc:
        ix.close()
        raise _Damaged(f"{type(exc).__name__}: {exc}") from exc
    return ix


class _Damaged(Exception):
    """Why an index's files cannot be trusted (the detail of an IndexDamagedError)."""


def nothing_published(index_dir: Path) -> bool:
    """No index yet, or the empty one a first sync starts from (and leaves when it fails)."""
    where = whoosh_dir(index_dir)
    try:
        return not whoosh_index.exists_in(str(where)) or whoosh_index.open_dir(str(where)).doc_count() == 0
    except Exception:  # unreadable: open_index's own message says what to do
        return False
