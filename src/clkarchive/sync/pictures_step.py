"""The sync's last step for a source, after its text is published: its pictures and its agenda.

The OCR pass reads the pictures; then the agenda posters' schedule is laid
over the indexed decks. What the agenda adds to a deck (speakers, date, time,
affiliations) is not its path's, so the sync's diff, which asks whether the
index's idea of a file is still the tree's, leaves that out: `differs` and
`apply_agenda` are the two halves of that one agreement.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from clkarchive.config import Config, Source
from clkarchive.index import Store
from clkarchive.models import IndexedFile, Progress, SyncReport, Talk, TermBridge, pages_held
from clkarchive.sync.mirror import TreeFile

if TYPE_CHECKING:  # the picture side is imported only by a sync that has something to read
    from clkarchive.pictures.agenda import Opening
    from clkarchive.pictures.ocr import OcrBox

log = logging.getLogger(__name__)
OPENING = 300  # characters of a deck's page that hold its title, its speakers, their companies
# The pages whose openings may be its title page: a banner and a sponsor's or team's page may come
# first (CLK2024's decks open with the conference's banner; some then present the company).
OPENING_PAGES = 3


def read_pictures(
    config: Config,
    store: Store,
    source: Source,
    progress: Progress | None,
    report: SyncReport,
    retry_failed: bool = False,
    bridge: TermBridge | None = None,
) -> None:
    """Read the source's pictures (OCR), then lay its agenda posters and its README's recording
    links over its talks.

    retry_failed: read again the files with pictures that could not be read, though they did not change.
    bridge: English terms to Chinese, for matching the posters' titles to decks named in the other language.
    """
    from clkarchive.pictures import ocr_pass
    from clkarchive.sync.extract import normalize
    from clkarchive.sync.lfs import DeckBytes
    from clkarchive.workers import Limits

    started = time.monotonic()
    try:
        if config.ocr:
            read = DeckBytes(source, config.mirror_of(source), config.fetch_timeout)
            reading = ocr_pass.Reading(read, normalize, Limits.of(config), retry=retry_failed)
            held = pages_held(store.files(source.name))
            done = ocr_pass.run(store, source.name, reading, progress)
            report.ocr_pages += done.pages
            # A picture has no page until OCR reads one: the summary counts it as `status` does.
            report.pages += pages_held(store.files(source.name)) - held
            # A deck without a text layer whose pictures OCR read is not "no text" any more.
            report.failures = [f for f in report.failures if f.path not in done.read] + done.failures
        posters = {path: boxes for (_, path), boxes in ocr_pass.poster_boxes(store, source.name).items()}
        apply_agenda(store, source, posters, bridge, readme(config.mirror_of(source)))
    except Exception as exc:  # the text index is published already; the next sync tries again
        log.warning("%s: pictures and agenda not saved: %s: %s", source.name, type(exc).__name__, exc)
    report.seconds += time.monotonic() - started


def pictures_readable(config: Config) -> bool:
    """Whether a sync's OCR pass can read pictures: OCR on in the config, and its extra installed."""
    from clkarchive.pictures import ocr

    return config.ocr and ocr.available()


def differs(held: IndexedFile, tree_file: TreeFile, talk: Talk) -> bool:
    """A new blob, or metadata that a newer version of this program reads differently.

    A deck's kind and note may come from its bytes (too big, failed), which the blob id fixes;
    what the agenda added to a deck is not its path's, so it is left out of the comparison.
    """
    from clkarchive.pictures.agenda import unlabelled

    known = unlabelled(held.talk, talk)
    if talk.kind == "slides":
        known = replace(known, kind=talk.kind, note=talk.note)
    return held.blob != tree_file.blob or known != talk


def readme(checkout: Path) -> str:
    """The text of the repository's README (README.md, readme.md, README...), "" if it has none."""
    found = sorted(p for p in checkout.glob("*") if p.stem.lower() == "readme" and p.is_file())
    try:
        return found[0].read_text(encoding="utf-8", errors="replace") if found else ""
    except OSError:
        return ""


def apply_agenda(
    store: Store,
    source: Source,
    posters: Mapping[str, Sequence[OcrBox]],
    bridge: TermBridge | None = None,
    readme: str = "",
) -> bool:
    """The agenda posters' schedule onto the source's indexed decks, in one commit; whether it wrote.

    posters maps each image's path to its OCR boxes (those the source's `agenda`
    key names, when it names any); it runs after the OCR phase has read them.
    Decks gain speakers, date, start, end and affiliations (their pages are kept
    as indexed), a deck at the repository's root its forum; talks with no deck
    become agenda talks. The README's recording link of each forum (readme: its
    Markdown) goes to that forum's talks. Nothing is written when the index
    already says all of it.
    """
    from clkarchive.pictures import agenda
    from clkarchive.sync import title_page
    from clkarchive.sync.layout import describe, forum_english

    name = source.name
    if source.agenda:  # the config names the agenda images: only those are read as agenda
        posters = {path: boxes for path, boxes in posters.items() if path in source.agenda}
    held = store.files(name)
    # The decks as their paths alone describe them, so an agenda read anew replaces the last one's.
    files = [
        replace(f, talk=describe(f.talk.path, source.pattern) or f.talk)
        for f in held
        if f.talk.kind != "agenda"
    ]
    # No poster, no title to match across languages: the bridge (the search's tables for this
    # generation, a second or two to build) is not asked for.
    result = agenda.relabel(
        files,
        posters,
        source.year,
        bridge if posters else None,
        agenda.forum_links(readme),
        _openings(store, name, files) if posters else None,
    )
    indexed = {f.talk.path: f.talk for f in held if f.talk.kind != "agenda"}
    # Only what the agenda tells is taken: kind, note and pages stay as the sync and OCR left them.
    labelled = [
        replace(
            indexed[t.path],
            forum=t.forum,
            forum_en=indexed[t.path].forum_en or forum_english(t.forum),
            speakers=t.speakers,
            date=t.date,
            start=t.start,
            end=t.end,
            affiliations=t.affiliations,
            withheld=t.withheld,
            recording=t.recording,
            agenda_title=t.agenda_title,
            unsure_speakers=t.unsure_speakers,
        )
        for t in result.decks
    ]
    labelled = title_page.fill(labelled, store, name)  # weaker than file name and poster: fills only gaps
    changed = [t for t in labelled if t != indexed[t.path]]
    before = sorted((f.talk for f in held if f.talk.kind == "agenda"), key=repr)
    if not changed and before == sorted((t for t, _ in result.agenda), key=repr):
        return False
    with store.update() as update:
        for talk in changed:
            update.relabel(name, talk)
        update.set_agenda(name, result.agenda)
    return True


def _openings(store: Store, source: str, files: Sequence[IndexedFile]) -> dict[str, Opening]:
    """Each deck's title page: its first pages' opening words, and the speakers they name."""
    from clkarchive.pictures import agenda
    from clkarchive.sync import title_page

    pages = store.pages(source)
    openings: dict[str, Opening] = {}
    for f in (f for f in files if f.talk.kind == "slides"):  # a poster's text is no title page
        if texts := [p.text for p in pages.get(f.talk.path, ())[:OPENING_PAGES]]:
            # what a title page names counts only where the file name names nobody
            named = () if f.talk.speakers else title_page.speakers(texts, f.talk.title)
            openings[f.talk.path] = agenda.Opening(tuple(text[:OPENING] for text in texts), named)
    return openings
