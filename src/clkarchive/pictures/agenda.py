"""Agenda posters, read by OCR, become a schedule; the schedule names the speakers and times of the decks.

A poster is only pictures: OCR gives boxes of text with their position, and
this module rebuilds the structure from the geometry alone, so it holds for
the two layouts seen (CLK2024's one-forum cards: a time, the title, a
biography and the speaker's name in a frame; CLK2023's and CLK2024's full
agendas: a time column, the title and one line per speaker with the
affiliation in small type) and degrades to fewer fields, not wrong ones, on a
layout not seen:

- a line is the boxes whose vertical centres fall in one band; a box read
  twice (where OCR tiles overlap) counts once; type size is a box's width per
  character;
- a time range ("14:00-14:20", read leniently: "I4:2O-I4:4O") opens a slot,
  which runs to the next time range, forum heading or the sponsors' section;
  a time OCR could not read still opens one, of no known time;
- a forum heading ends in 主论坛 or 分论坛; its host is the 主持人 beside or
  under it;
- in a slot, a speaker is a line that starts with a person's name (2-4
  Chinese characters, or two or three capitalised Latin words) printed large
  (a card's framed name) or about as large as the title with its affiliation
  smaller beside or under it; the lines before the first speaker are the
  title, smaller lines the biography. A name run into its role where nothing
  shows where the name ends ("李泽帆字节跳动内核负责人") is kept as biography,
  never guessed;
- breaks, openings, addresses and panels are slots of their own kind, never
  talks; sponsors come after the last slot and are never read.

Several posters of one conference are then reconciled talk by talk (a forum's
card poster and the full agenda say the same thing in different fonts), and
the talks matched to decks by normalised title similarity, with the forum and
the deck's number as hints. Everything here is pure: boxes in, records out.
"""

from __future__ import annotations

import logging
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from clkarchive.models import IndexedFile, Talk
from clkarchive.pictures.ocr import OcrBox

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.75  # below this, OCR boxes on these posters are decorations read as glyphs
GAP_LINES = 8  # a gap of this many lines' height inside a slot ends it
MATCH_SCORE = 75.0  # a deck and an agenda talk are the same talk from this score up (0-100, +5 per hint)


@dataclass(frozen=True)
class Slot:
    """One entry of a forum's programme."""

    kind: str  # "talk", "break", "ceremony" (opening, address) or "panel"
    start: str | None  # "HH:MM"
    end: str | None
    title: str
    speakers: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()  # one per speaker, "" where the poster gives none
    biography: str = ""


@dataclass(frozen=True)
class Forum:
    name: str  # as printed, spaces removed: "内存分论坛"
    host: str = ""
    host_affiliation: str = ""
    slots: tuple[Slot, ...] = ()

    @property
    def talks(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "talk"]


@dataclass(frozen=True)
class Schedule:
    """What one poster says."""

    poster: str  # its path in the repository
    date: str | None  # "YYYY-MM-DD"
    place: str
    forums: tuple[Forum, ...]


@dataclass(frozen=True)
class AgendaTalk:
    """A talk as the posters of a conference agree on it."""

    forum: str
    number: int  # its place among its forum's talks, from 1
    slot: Slot
    date: str | None
    poster: str  # the poster that shows it best (its forum's own, else the full agenda)


@dataclass(frozen=True)
class Relabelling:
    """What the agenda changes in a source: decks with its metadata, and talks only it knows."""

    decks: list[Talk]  # every deck given, completed by the agenda where it lists the talk
    agenda: list[tuple[Talk, str]]  # talks with no deck, with the poster's text about them
    talks: list[AgendaTalk]


# --- reading one poster --------------------------------------------------------------------------

_DIGITS = str.maketrans(
    {
        "I": "1",
        "l": "1",
        "|": "1",
        "i": "1",
        "O": "0",
        "o": "0",
        "D": "0",
        "Q": "0",
        "S": "5",
        "s": "5",
        "Ч": "4",
        "A": "4",
        "B": "8",
        "Z": "2",
        "z": "2",
        "：": ":",
        ".": ":",
        "·": ":",
        "一": "-",
        "—": "-",
        "–": "-",
        "~": "-",
        "～": "-",
        "至": "-",
        " ": "",
    }
)
_TIME_RANGE = re.compile(r"(\d{1,2}):?(\d{2})-+(\d{1,2}):?(\d{2})")
_TIME_LIKE = re.compile(r"\w{1,2}[:：.]\w{2} *[-–—~] *\w{1,2}[:：.]\w{2}")
_FULL_DATE = re.compile(r"(20\d\d)\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})")
_SHORT_DATE = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_FORUM = re.compile(r"^[0-9Oo]{0,2}[\W_]*(.{0,16}?(?:主论坛|分论坛))$")
_HOST = re.compile(r"主持人?\s*[:：]?\s*(.*)")
_END = re.compile(r"赞助|支持单位|支持媒体|合作伙伴|合作单位|主办单位|承办单位|协办单位|扫码")
_KINDS = (
    ("break", re.compile(r"茶歇|午餐|午休|休息|晚宴|coffee|lunch|break", re.I)),
    ("panel", re.compile(r"圆桌|panel|对话", re.I)),
    ("ceremony", re.compile(r"开场|开幕|致辞|闭幕|签到|合影|颁奖|opening|closing|welcome", re.I)),
)
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2}")
_ROLE = (
    r"(?:工程师|专家|负责人|教授|研究员|总监|经理|博士|架构师|研究生|博士生|学者|创始人|CEO|CTO|"
    r"Maintainer|Reviewer|Engineer|Manager|Architect|Director|Developer|Professor|Researcher|Lead)"
)
# A speaker run into their role where the script or a space shows where the name ends:
# "LianboJiang红帽高级工程师", "袁晓峰vivo性能优化专家", "赵 宇 Google Staff Software Engineer".
_NAME_THEN_ROLE = (
    re.compile(r"([A-Z][a-z]+ ?[A-Z][a-z]+)([\u4e00-\u9fff].*" + _ROLE + ".*)"),
    re.compile(r"([\u4e00-\u9fff]{2,3})([A-Za-z].*" + _ROLE + ".*)"),  # 郭任玄铁Linux…: name + company
    # a name spaced out (郑 琦字节…, 赵 桥  红帽…, 赵 宇 Google…): one space inside it, more or
    # a change of script after it
    re.compile(
        r"([\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3})(?: {2,}| (?=[A-Za-z])|(?=\S))(.*" + _ROLE + ".*)"
    ),
    re.compile(r"([\u4e00-\u9fff]{2,4}) +(\S.*" + _ROLE + ".*)"),  # 路旭 字节跳动…
)
_PUNCTUATION = " :：,，、;；.。·•"
# A title's last line that is a speaker and a role run together: "李泽帆字节跳动内核负责人".
_NAME_AND_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}[^，。；]*" + _ROLE)


@dataclass(frozen=True)
class _Text:
    """A box as this module reads it (several OCR boxes of one name may make one)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def em(self) -> float:
        """The type size: width per character, in widths of a Chinese character."""
        units = sum(_width(c) for c in self.text if c != " ")
        return (self.x1 - self.x0) / units if units else 0.0


def _width(ch: str) -> float:
    """A character's width relative to a Chinese one's, roughly, in the sans-serif fonts of posters."""
    if unicodedata.east_asian_width(ch) in "WF":
        return 1.0
    if ch.isupper():
        return 0.7
    return 0.55 if ch.isalnum() else 0.4


@dataclass(frozen=True)
class _Line:
    boxes: tuple[_Text, ...]

    @property
    def text(self) -> str:
        return _join(b.text for b in self.boxes)

    @property
    def top(self) -> float:
        return min(b.y0 for b in self.boxes)

    @property
    def bottom(self) -> float:
        return max(b.y1 for b in self.boxes)

    @property
    def em(self) -> float:
        """The size of its longest box, whose estimate is the surest."""
        return max(self.boxes, key=lambda b: len(b.text)).em


def parse(poster: str, boxes: Sequence[OcrBox], year: int | None = None) -> Schedule:
    """The schedule a poster prints; year completes a date printed without one ("10月28日")."""
    kept = [
        _Text(unicodedata.normalize("NFKC", b.text).strip(), b.x0, b.y0, b.x1, b.y1)
        for b in boxes
        if b.confidence >= MIN_CONFIDENCE and re.search(r"\w", b.text)
    ]
    if not kept:
        return Schedule(poster=poster, date=None, place="", forums=())
    lines = _lines(_distinct(kept))
    # A gap this tall ends a slot: what follows (a sponsors' wall whose heading OCR missed) is no talk.
    gap = GAP_LINES * statistics.median(b.y1 - b.y0 for b in kept)
    date, place = _date(lines, year), _place(lines)
    forums: list[Forum] = []
    name = ""
    slots: list[Slot] = []
    segment: tuple[tuple[str | None, str | None], list[_Line]] | None = (
        None  # the slot being read: times, lines
    )
    header: list[_Line] = []  # lines since the forum heading, before its first slot

    def close_slot() -> None:
        nonlocal segment
        if segment is not None:
            slots.extend(_slots(*segment))
        segment = None

    def close_forum() -> None:
        close_slot()
        if slots:
            forums.append(Forum(name, *_host(header), slots=tuple(slots)))

    for line in lines:
        if _END.search(line.text) and len(line.text) <= 12:
            break
        if heading := _heading(line):
            close_forum()
            name, slots, header = heading, [], [line]
            continue
        if (times := _time_range(line.boxes[0].text)) is not None or _TIME_LIKE.fullmatch(line.boxes[0].text):
            # A time OCR could not read still opens a slot (of no known time), so that its talk
            # is not taken for a second talk of the slot before.
            close_slot()
            rest = line.boxes[1:]
            segment = (times or (None, None), [_Line(rest)] if rest else [])
        elif segment is not None and (not segment[1] or line.top - segment[1][-1].bottom < gap):
            segment[1].append(line)
        else:
            close_slot()
            header.append(line)
    close_forum()
    return Schedule(poster=poster, date=date, place=place, forums=tuple(forums))


def _distinct(boxes: list[_Text]) -> list[_Text]:
    """The boxes less those that repeat one already kept (a line read twice by overlapping tiles)."""
    kept: list[_Text] = []
    for box in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        if not any(_overlap(box, k) > 0.6 for k in kept[-20:]):
            kept.append(box)
    return kept


def _overlap(a: _Text, b: _Text) -> float:
    """Intersection over union of two boxes."""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / ((a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter)


def _lines(boxes: list[_Text]) -> list[_Line]:
    """Boxes grouped into lines: a box joins the line its vertical centre falls within.

    A forum heading's line also takes the boxes beside it in its height (the
    host, printed in two smaller lines to its right), and the characters of a
    name printed wide apart ("黄   靖") are joined.
    """
    rows: list[list[_Text]] = []
    for box in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        centre = (box.y0 + box.y1) / 2
        if rows and rows[-1][0].y0 <= centre <= rows[-1][0].y1:
            rows[-1].append(box)
        else:
            rows.append([box])
    merged: list[list[_Text]] = []
    for row in rows:
        heading = next((b for b in row if _forum_name(b.text)), None)
        if heading:
            while merged and all(heading.y0 <= (b.y0 + b.y1) / 2 <= heading.y1 for b in merged[-1]):
                row = merged.pop() + row
        elif (
            merged
            and (top := next((b for b in merged[-1] if _forum_name(b.text)), None))
            and all(top.y0 <= (b.y0 + b.y1) / 2 <= top.y1 for b in row)
        ):
            merged[-1] += row
            continue
        merged.append(row)
    return [_Line(tuple(_spaced_names(sorted(row, key=lambda b: b.x0)))) for row in merged]


def _spaced_names(row: list[_Text]) -> list[_Text]:
    out: list[_Text] = []
    for box in row:
        last = out[-1] if out else None
        if (
            last
            and len(last.text) == 1
            and _CJK_NAME.fullmatch(last.text + box.text)
            and box.x0 - last.x1 < (box.y1 - box.y0)
        ):
            out[-1] = _Text(last.text + box.text, last.x0, min(last.y0, box.y0), box.x1, max(last.y1, box.y1))
        else:
            out.append(box)
    return out


def _time_range(text: str) -> tuple[str, str] | None:
    m = _TIME_RANGE.fullmatch(text.translate(_DIGITS))
    if not m:
        return None
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if not (6 <= h1 <= 23 and 6 <= h2 <= 23 and m1 < 60 and m2 < 60 and (h1, m1) < (h2, m2)):
        return None
    return f"{h1:02d}:{m1:02d}", f"{h2:02d}:{m2:02d}"


def _date(lines: list[_Line], year: int | None) -> str | None:
    for line in lines[:40]:  # the header
        text = line.text
        if m := _FULL_DATE.search(text):
            y, mo, d = (int(g) for g in m.groups())
        elif (m := _SHORT_DATE.search(text)) and year:
            y, mo, d = year, int(m.group(1)), int(m.group(2))
        else:
            continue
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _place(lines: list[_Line]) -> str:
    """The address after 地址, with the line that continues it."""
    for i, line in enumerate(lines[:40]):
        if m := re.search(r"地址\s*[:：]\s*(.*)", line.text):
            rest = m.group(1)
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            height = line.boxes[-1].y1 - line.boxes[-1].y0
            if (
                nxt
                and nxt.boxes[0].y0 - line.boxes[-1].y1 < height
                and 0.85 < nxt.em / line.em < 1.15
                and not _FULL_DATE.search(nxt.text)
            ):
                rest += nxt.text
            return rest
    return ""


def _heading(line: _Line) -> str:
    """The forum a line heads, if it does: its 分论坛 box and the large words before it."""
    box = next((b for b in line.boxes if _forum_name(b.text)), None)
    if box is None:
        return ""
    h = box.y1 - box.y0
    before = [
        b.text
        for b in line.boxes
        if b.x1 <= box.x0 + 5 and b.y1 - b.y0 >= 0.7 * h and not re.fullmatch(r"[0-9Oo]{1,2}", b.text)
    ]
    return _forum_name(_join([*before, box.text]))


def _forum_name(text: str) -> str:
    m = _FORUM.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    return m.group(1) if m and not _HOST.search(m.group(1)) else ""


def _host(header: list[_Line]) -> tuple[str, str]:
    """(name, affiliation) of the 主持人 in a forum's heading: the name after it or to its
    right, the affiliation in the boxes to the right of the name or under it."""
    boxes = [b for line in header for b in line.boxes]
    host = next((b for b in boxes if _HOST.search(b.text)), None)
    if host is None:
        return "", ""
    m = _HOST.search(host.text)
    assert m is not None
    name, last = _name(m.group(1)), host
    beside = sorted((b for b in boxes if b.x0 >= host.x1 - 40 and _same_row(b, host)), key=lambda b: b.x0)
    beside = [b for b in beside if b is not host]
    if not name and beside:  # "主持人：周" "威", or "主持人：" "付才"
        name = _name(m.group(1) + beside[0].text)
        last, beside = beside[0], beside[1:]
    h = host.y1 - host.y0
    under = [
        b
        for b in boxes
        if b is not host
        and host.y1 - h / 3 <= b.y0 <= host.y1 + 1.5 * h
        and min(b.x1, last.x1) - max(b.x0, host.x0) > 0.3 * (b.x1 - b.x0)
        and not _forum_name(b.text)
    ]
    return name, _join(b.text for b in beside + sorted(under, key=lambda b: b.y0)).strip(_PUNCTUATION)


def _same_row(a: _Text, b: _Text) -> bool:
    return b.y0 <= (a.y0 + a.y1) / 2 <= b.y1


def _name(text: str) -> str:
    """text as a person's name ("郭 任" -> "郭任", "KuzinArtem" -> "Kuzin Artem"), or ""."""
    text = unicodedata.normalize("NFKC", text).strip()
    cjk = re.sub(r"\s+", "", text)
    if _CJK_NAME.fullmatch(cjk):
        return cjk
    latin = " ".join(text.split())
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", latin) if _LATIN_NAME.fullmatch(latin) else ""


def _join(parts: Iterable[str]) -> str:
    """Texts joined with a space only between two Latin letters or digits."""
    out = ""
    for part in parts:
        part = part.strip()
        if out and part and _latin(out[-1]) and _latin(part[0]):
            out += " "
        out += part
    return out


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _slots(times: tuple[str | None, str | None], lines: list[_Line]) -> list[Slot]:
    """The talks (or the break, opening or panel) of the lines under one time range."""
    start, end = times
    if not lines:
        return []
    head = _join(line.text for line in lines[:2])
    for kind, pattern in _KINDS:
        if pattern.search(head):
            name = lines[0].text if kind != "panel" else _join(x.text for x in lines[:2])
            return [Slot(kind, start, end, _clean_title(name))]
    body = statistics.median(line.em for line in lines)
    lines = _framed_apart(lines, body, lines[0].em)
    found: list[Slot] = []
    title: list[_Line] = []
    speakers: list[_Speaker] = []
    bio: list[str] = []

    def flush() -> None:
        if not title:
            return
        if any(s.framed for s in speakers):
            # A card frames every speaker's name: what else looked like one was biography.
            bio.extend(_join([s.name, s.affiliation]) for s in speakers if not s.framed)
            speakers[:] = [s for s in speakers if s.framed]
        roles = tuple(s.affiliation.strip(_PUNCTUATION) for s in speakers)
        found.append(
            Slot(
                "talk",
                start,
                end,
                _clean_title(_join(x.text for x in title)),
                tuple(s.name for s in speakers),
                roles if any(roles) else (),
                _join(bio),
            )
        )

    skip = closed = False  # closed: the title is over (a speaker came)
    for n, line in enumerate(lines):
        if skip:
            skip = False
            continue
        after = lines[n + 1] if n + 1 < len(lines) else None
        speaker = _speaker(line, after, body, title[0].em) if title else None
        if speaker:
            speakers.append(speaker)
            skip, closed = speaker.takes_next, True
        elif title and len(line.boxes) == 1 and _NAME_AND_ROLE.fullmatch(line.text):
            # A name run into its role ("李泽帆字节跳动内核负责人"): which characters are the
            # name is not known, so the line is kept as biography (searchable), and the
            # posters that agree on the speaker may split it.
            bio.append(line.text)
            closed = True
        elif not title or (not closed and not bio and line.em >= 0.8 * title[0].em):
            title.append(line)  # the title, or its next line
        elif closed and line.em >= 0.85 * title[0].em and not _sentence(line):
            flush()  # a second talk in the same time slot (CLK2023's agenda)
            title, speakers, bio, closed = [line], [], [], False
        else:
            bio.append(line.text)
    flush()
    return found


def _framed_apart(lines: list[_Line], body: float, title: float) -> list[_Line]:
    """Lines with a framed name beside the end of a biography ("要作者。" … "宋恺睿") as two lines."""
    out = []
    for line in lines:
        framed = [b for b in line.boxes[1:] if _framed(b, body, title) and _name(b.text)]
        rest = tuple(b for b in line.boxes if b not in framed)
        out += [_Line(rest), *(_Line((b,)) for b in framed)] if framed else [line]
    return out


def _speaker(line: _Line, after: _Line | None, body: float, title: float) -> _Speaker | None:
    """The speaker this line names, if it does.

    body: the slot's usual type size; title: its title's. A name is printed large (a card's
    framed name) or about as large as the title (a list's name line); a line of biography
    that happens to start with a company (华为 OS内核实验室…) is neither.
    """
    first, rest = line.boxes[0], line.boxes[1:]
    if _framed(first, body, title) and not rest and (name := _name(first.text)):
        return _Speaker(name, "", framed=True)
    merged = next(filter(None, (p.fullmatch(first.text) for p in _NAME_THEN_ROLE)), None)
    if not rest and merged and not _sentence(line):
        return _Speaker(_name(merged.group(1)), merged.group(2))
    if first.em < 0.75 * title:
        return None
    name = _name(first.text)
    if not name:
        return None
    if rest:
        if all(b.em < 0.85 * first.em for b in rest):
            return _Speaker(name, _join(b.text for b in rest))  # a name, its affiliation in small type
        return None
    if after is None:
        return _Speaker(name, "")
    if (
        after.em < 0.85 * first.em
        and not _name(after.boxes[0].text)
        # a title's short last line ("收延迟") before the speaker run into their role is no name
        and not (name == first.text and _NAME_AND_ROLE.fullmatch(after.text))
        and not _sentence(after)
        and len(after.text) <= 40
    ):
        return _Speaker(name, after.text, takes_next=True)  # its affiliation under it in small type
    return None


@dataclass(frozen=True)
class _Speaker:
    name: str
    affiliation: str
    takes_next: bool = False  # the affiliation is the next line
    framed: bool = False  # a card's framed name


def _framed(box: _Text, body: float, title: float) -> bool:
    """Whether a box is in the large type of a card's framed name: larger than the title."""
    return box.em >= 1.25 * body and box.em >= 1.2 * title


def _sentence(line: _Line) -> bool:
    return bool(re.search(r"[，。；、,;]", line.text))


def _clean_title(text: str) -> str:
    return text.strip(" :：-—")


# --- reconciling posters and matching decks -------------------------------------------------------


def _norm(text: str) -> str:
    """A title or forum name for comparing: NFKC, casefolded, letters and digits only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def _forum_key(name: str) -> str:
    return _norm(re.sub(r"分论坛|论坛|forum", "", name, flags=re.I))


def reconcile(schedules: Sequence[Schedule], names: Iterable[str] = ()) -> list[AgendaTalk]:
    """The talks of a conference, each field from the posters that agree on it.

    The same talk on two posters is found by forum and title; for its time,
    a reading that fits its neighbours (starts when the previous slot ends) and
    that more posters give wins, which corrects the digital-clock font's misreads.
    A talk whose speaker was printed run into their role is given the speaker
    when the name is known: from another talk, or from names (the decks' file names).
    """
    readings: list[list[tuple[Schedule, Forum, int]]] = []  # per talk: where it is printed
    for schedule in sorted(schedules, key=lambda s: -len(s.forums)):
        for forum in schedule.forums:
            for i, slot in enumerate(forum.slots):
                if slot.kind != "talk":
                    continue
                same = next((r for r in readings if _same_talk(r[0], (forum, slot))), None)
                if same is None:
                    readings.append([(schedule, forum, i)])
                else:
                    same.append((schedule, forum, i))
    talks: list[AgendaTalk] = []
    numbers: dict[str, int] = {}
    for reading in readings:
        schedule, forum, i = max(reading, key=lambda r: len(r[0].forums) == 1)  # a forum's own poster
        slots = [(f, f.slots[j]) for _, f, j in reading]
        forum_name = reading[0][1].name
        numbers[forum_name] = numbers.get(forum_name, 0) + 1
        start, end = _best_times(reading)
        speakers, affiliations = _best_speakers([(len(s.forums) == 1, f.slots[j]) for s, f, j in reading])
        # The title the others agree with most; of equals, the one with the most spaces
        # (OCR drops the spaces between words, it does not add them).
        title = max(
            (s.title for _, s in slots),
            key=lambda t: (sum(fuzz.ratio(_norm(t), _norm(u.title)) for _, u in slots), t.count(" ")),
        )
        bio = max((s.biography for _, s in slots), key=len)
        date = next((s.date for s, _, _ in reading if s.date), None)
        slot = Slot("talk", start, end, title, speakers, affiliations, bio)
        talks.append(AgendaTalk(forum_name, numbers[forum_name], slot, date, schedule.poster))
    known = {n for t in talks for n in t.slot.speakers} | set(names)
    return [t if t.slot.speakers else replace(t, slot=_named(t.slot, known)) for t in talks]


def _named(slot: Slot, known: set[str]) -> Slot:
    """slot with the known names its biography opens with as speakers, the text after each its role."""
    bio, by_length = slot.biography, sorted(known, key=len, reverse=True)
    found: list[tuple[int, str]] = []
    at = 0
    while at >= 0 and (name := next((n for n in by_length if bio.startswith(n, at)), None)):
        found.append((at, name))
        at = min((i for n in known if (i := bio.find(n, at + len(name))) >= 0), default=-1)
    if not found:
        return slot
    ends = [at for at, _ in found[1:]] + [len(bio)]
    roles = tuple(bio[at + len(n) : e].strip(_PUNCTUATION) for (at, n), e in zip(found, ends, strict=True))
    return replace(slot, speakers=tuple(n for _, n in found), affiliations=roles if any(roles) else ())


def _same_talk(reading: tuple[Schedule, Forum, int], other: tuple[Forum, Slot]) -> bool:
    _, forum, i = reading
    slot = forum.slots[i]
    if forum.name and other[0].name and fuzz.ratio(_forum_key(forum.name), _forum_key(other[0].name)) < 50:
        return False
    return fuzz.ratio(_norm(slot.title), _norm(other[1].title)) >= 70


def _best_times(reading: list[tuple[Schedule, Forum, int]]) -> tuple[str | None, str | None]:
    """The (start, end) the posters agree on most, a reading that fits its neighbours counting more."""
    votes: dict[tuple[str | None, str | None], float] = {}
    for _, forum, i in reading:
        slot = forum.slots[i]
        if slot.start is None:
            continue
        before = forum.slots[i - 1].end if i else None
        after = forum.slots[i + 1].start if i + 1 < len(forum.slots) else None
        fits = (before == slot.start) + (after == slot.end)
        votes[(slot.start, slot.end)] = votes.get((slot.start, slot.end), 0) + 1 + fits
    return max(votes, key=lambda t: votes[t]) if votes else (None, None)


def _best_speakers(readings: list[tuple[bool, Slot]]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The speakers most posters agree on, then the most found, then a forum's own poster's
    (its names are printed large); the affiliations from wherever given.

    readings: (from a forum's own poster, the slot there) for each poster that prints the talk.
    """
    slots = [s for _, s in readings]
    lists = [s.speakers for s in slots if s.speakers]
    if not lists:
        return (), ()
    own = {s.speakers for o, s in readings if o}
    speakers = max(lists, key=lambda names: (lists.count(names), len(names), names in own))
    affiliations = []
    for name in speakers:
        given = [
            s.affiliations[s.speakers.index(name)]
            for s in slots
            if name in s.speakers and len(s.affiliations) == len(s.speakers)
        ]
        # A poster that ran the name into its role ("李泽帆字节跳动内核负责人") kept it as biography.
        given += [s.biography[len(name) :] for s in slots if not s.speakers and s.biography.startswith(name)]
        affiliations.append(next((a for a in given if a), ""))
    return speakers, tuple(affiliations) if any(affiliations) else ()


def relabel(
    files: Sequence[IndexedFile],
    posters: Mapping[str, Sequence[OcrBox]],
    year: int | None = None,
) -> Relabelling:
    """The agenda of a source's posters (path -> OCR boxes) applied to its indexed files.

    Each agenda talk is matched to at most one deck; the deck gains the
    speakers (unless its file name names them: those win, and a disagreement is
    logged), date, start, end and affiliations. Talks with no deck become talks
    of kind "agenda" whose path is their poster.
    """
    schedules = [parse(path, boxes, year) for path, boxes in sorted(posters.items())]
    talks = reconcile(schedules, {n for f in files for n in f.talk.speakers})
    decks = [f for f in files if f.talk.kind == "slides"]
    pairs = sorted(
        ((_match_score(t, f.talk), n, m) for n, t in enumerate(talks) for m, f in enumerate(decks)),
        reverse=True,
    )
    matched: dict[int, int] = {}  # agenda talk -> deck
    taken: set[int] = set()
    for score, n, m in pairs:
        if score < MATCH_SCORE:
            break
        if n not in matched and m not in taken:
            matched[n] = m
            taken.add(m)
    _match_by_order(talks, decks, matched)
    completed = {decks[m].talk.path: _completed(decks[m].talk, talks[n]) for n, m in matched.items()}
    # The folder of an agenda forum: where its other talks' decks are, else the nearest name.
    held = Counter((talks[n].forum, decks[m].talk.forum, decks[m].talk.forum_en) for n, m in matched.items())
    folders = {_forum_key(f.talk.forum): (f.talk.forum, f.talk.forum_en) for f in files}
    for (forum, *folder), _ in reversed(held.most_common()):
        folders[_forum_key(forum)] = (folder[0], folder[1])
    agenda = [
        (
            _agenda_talk(t, folders),
            _join([t.slot.title, *t.slot.speakers, *t.slot.affiliations, t.slot.biography]),
        )
        for n, t in enumerate(talks)
        if n not in matched
    ]
    return Relabelling([completed.get(f.talk.path, f.talk) for f in decks], agenda, talks)


def _match_by_order(talks: list[AgendaTalk], decks: list[IndexedFile], matched: dict[int, int]) -> None:
    """Match the decks left whose titles say nothing alike (a Chinese poster, an English deck) by
    their number, where the talks before and after in the same forum matched the decks numbered
    before and after."""
    deck_at = {(decks[m].talk.forum, decks[m].talk.order): n for n, m in matched.items()}
    forum_of = {talks[n].forum: decks[m].talk.forum for n, m in matched.items()}
    talk_at = {(t.forum, t.number): n for n, t in enumerate(talks)}
    taken = set(matched.values())
    for m, deck in enumerate(decks):
        order = deck.talk.order
        if m in taken or order is None:
            continue
        forum = next((f for f, folder in forum_of.items() if folder == deck.talk.forum), None)
        if forum is None:
            continue
        n = talk_at.get((forum, order))
        if n is None or n in matched:
            continue
        neighbours = [
            deck_at.get((deck.talk.forum, order + d)) == talk_at.get((forum, order + d))
            for d in (-1, 1)
            if (forum, order + d) in talk_at
        ]
        if neighbours and all(neighbours):
            matched[n] = m
            taken.add(m)


def _match_score(talk: AgendaTalk, deck: Talk) -> float:
    a, b = _norm(talk.slot.title), _norm(deck.title)
    score = max(fuzz.ratio(a, b), 0.9 * fuzz.partial_ratio(a, b) if min(len(a), len(b)) >= 6 else 0)
    if fuzz.ratio(_forum_key(talk.forum), _forum_key(deck.forum)) >= 60:
        score += 5
    if deck.order == talk.number:
        score += 5
    return score


def _completed(deck: Talk, talk: AgendaTalk) -> Talk:
    slot = talk.slot
    speakers, affiliations = slot.speakers, slot.affiliations
    if deck.speakers and speakers and {_norm(s) for s in deck.speakers} != {_norm(s) for s in speakers}:
        log.warning(
            "%s: the file name says %s, the agenda %s; keeping the file name's",
            deck.path,
            "、".join(deck.speakers),
            "、".join(speakers),
        )
    if deck.speakers:
        by_name = dict(zip(speakers, affiliations, strict=False))
        speakers = deck.speakers
        affiliations = tuple(by_name.get(s, "") for s in speakers)
        affiliations = affiliations if any(affiliations) else ()
    return replace(
        deck, speakers=speakers, affiliations=affiliations, date=talk.date, start=slot.start, end=slot.end
    )


def _agenda_talk(talk: AgendaTalk, folders: dict[str, tuple[str, str]]) -> Talk:
    """A talk with no deck, in the forum folder its forum's name is (or matches), if any.

    folders: forum name key -> (folder, its English name).
    """
    key = _forum_key(talk.forum)
    near = max(folders, key=lambda k: (k == key, fuzz.ratio(k, key)), default=None)
    forum, forum_en = folders[near] if near is not None and fuzz.ratio(near, key) >= 60 else (talk.forum, "")
    slot = talk.slot
    return Talk(
        path=talk.poster,
        kind="agenda",
        forum=forum,
        forum_en=forum_en,
        order=talk.number,
        title=slot.title,
        speakers=slot.speakers,
        note="no deck in the repository; from the agenda poster",
        date=talk.date,
        start=slot.start,
        end=slot.end,
        affiliations=slot.affiliations,
    )


def unlabelled(held: Talk, named: Talk) -> Talk:
    """held as its file name alone describes it: without what the agenda added.

    So that a sync compares a deck's indexed metadata with its path's, and a
    deck the agenda completed is not taken for a changed one.
    """
    speakers = held.speakers if named.speakers else ()
    return replace(held, speakers=speakers, date=None, start=None, end=None, affiliations=())
