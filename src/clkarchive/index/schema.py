"""The index's fields, and how a talk becomes documents and documents become a talk again.

Three kinds of document share one schema: one per slide page (what search
finds), one per file (its blob id, talk metadata and page count: what `talks`
lists and what the next sync diffs against), and one per source (the synced
commit, time and failures: what `status` shows); plus one per blob that OCR
has read ("ocr"). Only this package spells a field name.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from clkarchive._version import OCR_VERSION
from clkarchive.models import IndexedFile, PageText, Talk

if TYPE_CHECKING:
    from whoosh.fields import Schema

SPEAKER_SEP = "; "
AGENDA_MARK = "#agenda/"  # fileids of agenda-only talks: source/#agenda/N/poster path

Document = dict[str, Any]  # a Whoosh document's stored fields, never seen outside this package


@functools.cache
def schema() -> Schema:
    """The index's fields. Built on first use: the analyzers' imports are for syncs that write
    and searches that parse, not for a sync that finds nothing changed."""
    from whoosh.fields import ID, STORED, TEXT, Schema

    from clkarchive.index.analysis import MixedAnalyzer

    analyzer = MixedAnalyzer()
    return Schema(
        kind=ID(stored=True),  # "page", "file", "source" or "ocr"
        source=ID(stored=True),
        fileid=ID(stored=True),  # source + "/" + path: deletes a file's documents at once
        path=STORED,
        blob=ID(stored=True),
        filekind=STORED,  # Talk.kind: "slides", "material" or "agenda"
        forum=STORED,
        forum_en=STORED,
        order=STORED,
        pages=STORED,
        page=STORED,
        # Several tokens from one query word (a Chinese word's bigrams) must stand in a row.
        title=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        speakers=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),  # joined by SPEAKER_SEP
        speakers_pinyin=TEXT(analyzer=analyzer, stored=True),  # Chinese names in pinyin: names.pinyin_of
        note=STORED,  # why a material has no text
        date=STORED,  # the agenda's: "YYYY-MM-DD"
        start=STORED,  # the agenda's: "HH:MM"
        end=STORED,
        affiliations=STORED,  # a tuple, one per speaker
        withheld=STORED,  # Talk.withheld as a dict: what the agenda did not show, and why
        recording=STORED,  # its forum's recording link, from the README
        agenda_title=STORED,  # Talk.agenda_title: the poster's title for a deck, where it says more
        unsure_speakers=STORED,  # Talk.unsure_speakers, joined by SPEAKER_SEP
        # When and where, for a talk the agenda dates: "2024-10-26 17:00-17:30 调度与锁分论坛 Scheduling…",
        # so that a query naming a forum and a time ("调度与锁分论坛 17:00") finds the talk; the
        # poster's title of a deck named otherwise ("云场景下的内存 Overcommit" for
        # "RAM Overcommit in Cloud-CLK2022.pdf"), so that the agenda's words find its deck; and the
        # names it printed but read unsurely, so that a search for one finds the talk it names
        # (a name withheld is mostly read right: withholding keeps it from being shown as fact).
        schedule=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        content=TEXT(analyzer=analyzer, stored=True, multitoken_query="phrase"),
        state=STORED,  # the source document's SourceState, as JSON
        # A page: True when its text was read by OCR. A file: True once the OCR pass has been over it.
        ocr=STORED,
        ocr_boxes=STORED,  # kind "ocr", one per blob: what OCR read, as the pictures side wrote it
    )


def current(held: Schema) -> bool:
    """Whether an index's schema is this version's: the same fields, and text cut into the same
    tokens (Whoosh's own schema comparison looks at neither analyzers nor their settings)."""
    from clkarchive.index.analysis import MixedTokenizer

    version = getattr(held["content"].analyzer, "version", 1) if "content" in held else None
    return bool(held.names() == schema().names() and version == MixedTokenizer.VERSION)


def fileid(source: str, path: str) -> str:
    return f"{source}/{path}"


def talk_fields(source: str, file_id: str, blob: str, talk: Talk) -> Document:
    """What every document of a file carries: where it is and the talk's metadata."""
    from clkarchive.index.names import pinyin_of  # pypinyin: only for a sync that writes

    fields: Document = dict(source=source, fileid=file_id, path=talk.path, blob=blob)
    fields |= dict(title=talk.title, forum=talk.forum, forum_en=talk.forum_en, order=talk.order)
    fields |= dict(speakers=SPEAKER_SEP.join(talk.speakers), speakers_pinyin=pinyin_of(talk.speakers))
    fields |= dict(affiliations=talk.affiliations, withheld=dict(talk.withheld), recording=talk.recording)
    when = [talk.date, f"{talk.start}-{talk.end or ''}" if talk.start else None, talk.forum, talk.forum_en]
    unsure = [*talk.unsure_speakers, pinyin_of(talk.unsure_speakers)]
    said = [*(when if talk.date or talk.start else ()), talk.agenda_title, *unsure]
    schedule = " ".join(w for w in said if w) or None
    fields |= dict(date=talk.date, start=talk.start, end=talk.end, schedule=schedule)
    return fields | dict(
        agenda_title=talk.agenda_title, unsure_speakers=SPEAKER_SEP.join(talk.unsure_speakers)
    )


def speakers_of(doc: Mapping[str, Any], field: str = "speakers") -> tuple[str, ...]:
    return tuple(s for s in str(doc.get(field, "")).split(SPEAKER_SEP) if s)


def file_from_doc(d: Mapping[str, Any]) -> IndexedFile:
    talk = Talk(
        path=d["path"],
        kind=d["filekind"],
        forum=d["forum"],
        forum_en=d["forum_en"],
        order=d.get("order"),  # Whoosh stores no None
        title=d["title"],
        speakers=speakers_of(d),
        note=d.get("note", ""),
        date=d.get("date"),
        start=d.get("start"),
        end=d.get("end"),
        affiliations=tuple(d.get("affiliations", ())),
        withheld=tuple(d.get("withheld", {}).items()),
        recording=d.get("recording"),
        agenda_title=d.get("agenda_title", ""),
        unsure_speakers=speakers_of(d, "unsure_speakers"),
    )
    return IndexedFile(
        source=d["source"],
        blob=d["blob"],
        talk=talk,
        pages=d["pages"],
        ocr_done=d.get("ocr") == OCR_VERSION,  # which OCR has been over it (True: the first, unversioned)
    )


def page_from_doc(d: Mapping[str, Any]) -> PageText:
    return PageText(page=d["page"], text=d["content"], ocr=bool(d.get("ocr")))
