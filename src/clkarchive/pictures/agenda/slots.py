"""The lines under one time range read as its talks (or its break, opening or panel).

In a slot, a speaker is a line that starts with a person's name (2-4 Chinese
characters, or two or three capitalised Latin words) printed large (a card's
framed name) or about as large as the title with its affiliation smaller
beside or under it; the lines before the first speaker are the title, smaller
lines the biography. A name run into its role where nothing shows where the
name ends ("李泽帆字节跳动内核负责人") is kept as biography, never guessed.
Breaks, openings, addresses and panels are slots of their own kind, never talks.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Collection

from clkarchive.pictures.agenda.card_order import reading_order
from clkarchive.pictures.agenda.geometry import Line, name_plate, set_alike, translated_from, unbarred
from clkarchive.pictures.agenda.kinds import BADGE, break_title, is_address, kind_of
from clkarchive.pictures.agenda.leading import TITLE_MIN, leading, unlabelled
from clkarchive.pictures.agenda.neighbours import job_title, name_and_firm, run_in_like
from clkarchive.pictures.agenda.panels import panel
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.run_in import run_in
from clkarchive.pictures.agenda.side_by_side import side_by_side
from clkarchive.pictures.agenda.speakers import (
    DASHED,
    Speaker,
    dashed,
    firm_first,
    joint,
    led_by_names,
    listed,
    sentence,
    speaker,
    unaccounted,
    unromanised,
)
from clkarchive.pictures.agenda.table import Row
from clkarchive.pictures.agenda.words import (
    BREAK,
    ENDS_IN_JOB,
    LATIN_LETTERS,
    NAME_AND_ROLE,
    PUNCTUATION,
    affiliation_like,
    clean_title,
    join,
    known_name,
    organisation,
    person,
    speakers_label,
    worded,
)

UNPLACED = 0.5  # how sure a reading is whose lines the reader could not place: withheld
# A line broken after these goes on on the next: a list's comma, a colon, a dash, or a word that
# joins an English title's parts ("Why Our Idle Cores Never Sleep: Tick and" over "Timer Noise…").
_RUNS_ON = re.compile(
    r"[、,，:：/—–-]$|\s(?:and|or|of|on|for|to|the|a|an|in|with|via|from|at|by|into|vs\.?)$"
)
_SUBTITLE = re.compile(r"(?:——|--|一)(?=[\u4e00-\u9fff]{6})")  # a double dash opening a title's subtitle


def slots_of(
    times: tuple[str | None, str | None],
    lines: list[Line],
    sure: float = 1.0,
    words: Collection[str] = (),
) -> list[Slot]:
    """The talks (or the break, opening or panel) of the lines a time range owns.

    sure: how sure it is that these lines are this time's; a slot's time and speakers are no
    surer than that. words: those the poster prints in lower case, of which a Latin line is a
    title's ("HugePage/Large Folios" where another title says "large folio"), never names.
    """
    start, end = times
    if not lines:
        return []
    kind = kind_of(join(line.text for line in lines[:2]))
    if kind == "panel":
        return [panel(start, end, lines, sure)]
    # the line that says its kind: the second where its speaker is printed over it
    head = next((i for i, line in enumerate(lines[:2]) if kind_of(line.text) == kind), 0)
    ceremony = Slot(kind, start, end, clean_title(_stacked(lines[head:])), time_sure=sure, speakers_sure=sure)
    address = kind == "ceremony" and is_address(ceremony.title)
    if kind != "talk" and not address:
        return [ceremony]
    lines = [Line((unbarred(line.boxes[0]), *line.boxes[1:])) for line in lines]
    body = statistics.median(line.em for line in lines)
    lines = reading_order(lines, body)
    found: list[Slot] = []
    title: list[Line] = []
    speakers, first = leading(lines, body)  # a card that opens with its speakers: none after its title
    bio: list[str] = []

    def plates() -> list[Line]:  # the lines the talk's framed names were read from
        return [at[id(s)] for s in speakers if s.framed and id(s) in at]

    def flush() -> None:
        if not title:
            return
        framed_lines = plates()
        if any(s.framed for s in speakers):
            # A card frames every speaker's name: what else looked like one was biography, unless
            # set as a framed one is (a plate's name of three characters, where a padded one of
            # two, "刘　洋", is the wider per character).
            kept = [
                s
                for s in speakers
                if s.framed or (id(s) in at and any(_plate_alike(at[id(s)], p) for p in framed_lines))
            ]
            bio.extend(join([s.name, s.affiliation]) for s in speakers if s not in kept)
            speakers[:] = kept
        k = translated_from(title)  # its English translation under it: searchable, no title
        text = join(x.text for x in title[:k])
        bio[:0] = [join(x.text for x in title[k:])] if k < len(title) else []
        if not speakers and (cut := dashed(text)):
            text, speakers[:] = cut
        roles = tuple(unromanised(s).strip(PUNCTUATION) for s in speakers)
        # a line kept as biography but set as an affiliation read under a name is one more
        # speaker's affiliation, whose name OCR did not read
        # (a biography's first line opens with the company and job too, "腾讯云内核团队工程师，负责…":
        # a sentence, no affiliation of its own)
        lost = any(
            _affiliation_alike(a, f) and not sentence(a) and not _next_under(f, a)
            for a in aside
            for f in firms
        )
        # speakers' lines that print their affiliation beside the name
        whole = [at[id(s)] for s in speakers if id(s) in at and s.affiliation and not s.takes_next]
        lost = (
            lost
            or any(_nameless(a, whole) for a in aside)
            or any(_unread_plate(a, framed_lines) for a in aside)
        )
        partial = bool(speakers) and (unaccounted(bio, speakers) or bool(doubt) or lost)
        doubt.clear()
        aside.clear()
        firms.clear()
        at.clear()
        found.append(
            Slot(
                # a second "talk" of a time that is its break ("茶歇 Coffee Break" under a card
                # whose next time OCR or a ruler took) is that break
                "break" if not speakers and break_title(text) else "talk",
                start,
                end,
                clean_title(text),
                tuple(s.name for s in speakers),
                roles if any(roles) else (),
                join(bio),
                time_sure=when,
                speakers_sure=0.0 if partial else min([sure, *(s.sure for s in speakers)]),
            )
        )

    aside: list[Line] = []  # the lines kept as biography
    at: dict[int, Line] = {}  # the line each speaker (by id) was read from
    firms: list[Line] = []  # the affiliations read from the line under a name
    doubt: list[Line] = []  # speaker lines of the talk read so far that say its list may not be whole
    when = sure  # how sure the talk read is of the time: less for a second talk set far below
    opened = 0.0  # the gap over the talk's first speaker's line
    told = 0  # how many biography lines were read when the last speaker was
    skip = closed = led = False  # closed: the title is over (a speaker came); led: speakers came first
    said: tuple[str, Line] | None = None  # the line before, where it named speakers or was a run-in one
    for n, line in enumerate(lines):
        if n < first:
            continue
        if skip:
            skip = False
            continue
        after = lines[n + 1] if n + 1 < len(lines) else None
        if not first and (lead := led_by_names(line)) is not None:
            flush()  # "name（affiliation）｜title": a talk whose speakers lead its title's line
            speakers, title, bio, closed, when, said = lead[0], [lead[1]], [], False, sure, None
            led = True  # its lines after are its title's (a short last line, "方案", is no name)
            continue
        label = speakers_label([b.text for b in line.boxes]) if title and not first else None
        labelled = label is not None
        if label is not None:
            line = unlabelled(line, label)  # "演讲人：张三 华为": what follows is the speaker
        if not title and BADGE.fullmatch(line.text):
            continue  # a badge over the title ("KEYNOTE")
        if title and not closed and not bio and _runs_on(title[-1], line):
            title.append(line)
            continue
        # a line right over the speakers' label ("讲者：…") is the title's last, never a name
        # ("KernelforaDecade", OCR's "Kernel for a Decade", reads as one), unless labelled too
        # (each speaker tagged "分享嘉宾")
        labelled_next = after is not None and speakers_label([b.text for b in after.boxes]) is not None
        reads = title and not first and not led and (labelled or not labelled_next)
        # "A firm × B firm" on one line, or "× B firm" under A's line: each is the talk's
        named = (
            (
                joint(line, bool(speakers) and closed)
                or side_by_side(line, after)
                or listed(line, after)
                or firm_first(line)
            )
            if reads
            else []
        )
        if reads and not named:
            one = speaker(line, after, body, title[0].em)
            if one is None or not (one.affiliation or one.framed):  # a name alone: on a plate?
                one = _plate(line, title[0], body, bool(bio)) or one
            named = [one] if one else []
        if any(worded(s.name, words) for s in named) or _title_wrapped(
            named, line, title, closed, after, body
        ):
            named = []
        if named:
            gap = line.top - lines[n - 1].bottom if n else 0.0
            plate = all(s.framed for s in named) or [s.name for s in named] == [line.text]
            own_biography = plate and len(bio) > told
            if speakers and gap > 2 * (line.bottom - line.top) and gap > 1.25 * opened and not own_biography:
                # a speaker's line set far below the one before (a title OCR missed with its
                # time stood between): the next talk's speaker, maybe; the list is withheld.
                # A card that sets each speaker as far below as its first (a speaker, a
                # biography, the next speaker) says nothing so, nor does a name plate (framed, or
                # a name alone on its line) under the biography read since the last speaker: the
                # gap is the photo's beside it, and a title missed would stand over that
                # biography, not between it and its plate.
                doubt.append(line)
            opened = opened if speakers else gap
            if not speakers and len(title) >= 2 and run_in_like(title[-1], line):
                # the title's last line is one more speaker's line whose name could not be cut
                # from its company ("武兆辉忆恒创源" over "柴若曦清华大学"): not the whole list
                doubt.append(line)
            if said is not None and said[0] == "run" and set_alike(said[1], line):
                doubt.append(line)  # under a speaker's line whose name could not be cut: see below
            if not speakers and _jobless_latin(named, line, after, body, title[0].em):
                doubt.append(line)
            if len(named) == 1 and not named[0].takes_next and job_title(after, line):
                # "name | company" over "高级工程师": the job title is the affiliation's end
                assert after is not None
                one = named[0]
                named = [Speaker(one.name, join([one.affiliation, after.text]), True, one.framed, one.sure)]
            speakers.extend(named)
            told = len(bio)
            at.update((id(s), line) for s in named)
            skip, closed = named[0].takes_next, True
            firms.extend([after] if skip and after is not None else [])
            said = ("named", line)
            continue
        elif (
            title
            and not led
            and len(line.boxes) == 1
            and (NAME_AND_ROLE.fullmatch(line.text) or name_and_firm(line, title[0]))
            and len(organisation(line.text)) < 2  # "龙蜥社区内核SIG Maintainer": a job, no name
        ):
            # A name run into its role ("李泽帆字节跳动内核负责人"): which characters are the
            # name is not known, so the line is kept as biography (searchable), and the
            # posters that agree on the speaker may split it. Set as a speaker's line over or
            # under it is, it is one more speaker's: a list read without it is not whole.
            bio.append(line.text)
            aside.append(line)
            closed = True
            if any(set_alike(seen, line) for seen in at.values()) and not any(
                _next_under(firm, line) for firm in firms
            ):  # set as a speaker's line read before it, perhaps over a biography, not right under
                doubt.append(line)  # their affiliation (their job: "操作系统内核专家"): one more speaker's
            said = ("run", line)
            continue
        elif not title or (not closed and not bio and line.em >= 0.8 * title[0].em):
            title.append(line)  # the title, or its next line
        elif (
            closed
            and line.em >= 0.85 * title[0].em
            and not sentence(line)
            and len(line.text) >= TITLE_MIN
            and not _unread_plate(line, plates())
        ):
            # a second talk in the same time slot (CLK2023's agenda); a character or two is an
            # affiliation's wrapped end ("中国科学院计算技术研究" "所"), no title
            flush()
            title, speakers, bio, closed, led = [line], [], [], False, False
            # set far below the talk before (a card's gap), it is the next card's, whose time
            # OCR did not read, maybe: which time it has is unclear
            far = line.top - lines[n - 1].bottom > 2 * (line.bottom - line.top)
            when = min(sure, UNPLACED) if far else sure
        else:
            bio.append(line.text)
            aside.append(line)
        said = None
    flush()
    # An address a person gives ("嘉宾致辞" over "高亮 华中科技大学副校长") is an item of the programme
    # as a talk is, found by its speaker's name; read as one talk, else it stays a ceremony.
    return found if not address or (len(found) == 1 and found[0].speakers) else [ceremony]


def cells_slot(times: tuple[str | None, str | None], row: Row, sure: float = 1.0) -> Slot:
    """The slot of a table's row, whose fields were printed apart: each is what its column
    holds. A speakers' cell that is no list of names is kept as biography, never guessed.
    sure: how sure it is that the row is one talk's; its time and speakers are no surer."""
    start, end = times
    kind = kind_of(row.title or row.cell)
    if is_address(row.title) and row.names:
        kind = "talk"  # an address a person gives, as slots_of reads one
    if kind not in ("talk", "panel"):
        return Slot(kind, start, end, clean_title(row.title or row.cell), time_sure=sure, speakers_sure=sure)
    biography = join([row.translation, "" if row.names else row.cell])
    title = re.sub(rf"^(?:{BADGE.pattern})\s*", "", row.title, flags=re.I)  # a badge over the title
    return Slot(
        kind,
        start,
        end,
        clean_title(title),
        row.names,
        row.affiliations,
        biography,
        time_sure=sure,
        speakers_sure=min(sure, row.sure),
    )


def _stacked(lines: list[Line]) -> str:
    """A break's name: its first line, or the characters printed one under another ("茶" over "歇",
    down a band across the lanes of a Gantt chart)."""
    chars: list[str] = []
    for line in lines:
        if len(line.text) != 1 or (
            chars and abs(line.boxes[0].x0 - lines[0].boxes[0].x0) > line.bottom - line.top
        ):
            break
        chars.append(line.text)
    return "".join(chars) if len(chars) >= 2 else lines[0].text


def _plate(line: Line, title: Line, body: float, past: bool) -> Speaker | None:
    """A name on a plate beside a card's biography: a known name alone, half as large again as the
    card's type, after a biography (past) or set apart from the title's edge (at the card's other
    side); None where the line is no such plate (a title's short last line, at its edge)."""
    h = line.bottom - line.top
    name = known_name(line.text) if len(line.boxes) == 1 else ""
    apart = past or abs(line.boxes[0].x0 - title.boxes[0].x0) > 2 * h
    short = len(name) <= 3 or name.isascii()  # "高效调度" of a title is no name, "Rafael Duarte" is
    return Speaker(name, "", framed=True) if name and short and line.em >= 1.5 * body and apart else None


def _affiliation_alike(over: Line, under: Line) -> bool:
    """Whether two lines are set alike (one left edge), one box each in one type size (within a
    tenth), and both read as affiliations: so a card prints each speaker's company and job title
    under their name."""
    return (
        len(over.boxes) == len(under.boxes) == 1
        and abs(over.em - under.em) <= 0.1 * under.em
        and set_alike(over, under)
        and all(affiliation_like(x.text) or NAME_AND_ROLE.fullmatch(x.text) for x in (over, under))
    )


def _nameless(line: Line, whole: list[Line]) -> bool:
    """Whether a line kept as biography is a speaker's company and job alone ("算能科技系统软件
    工程师" right over "钟敏中国科学院软件研究所助理研究员"), next to a speaker's line that prints its
    own affiliation, in its type: one more speaker's, whose name OCR did not read, or read only a
    character or two of ("雨" "上海交通大学博士研究生" under "纪言" "澜起科技软件工程师": 洪 unread;
    "曾" in a box of its own beside "星纪魅族测试工程师": 雪 of the padded "曾　雪" unread)."""
    boxes = line.boxes
    if len(boxes) == 2 and len(boxes[0].text.strip()) <= 2:
        boxes = boxes[1:]  # the character or two read of the name, apart from the company's box
    text = line.text
    cut = next((k for k in (1, 2) if len(organisation(text[k:])) >= 2 and not person(text[:k])), 0)
    text = text[cut:]
    # OCR's join of the character's box and the company's counts the gap between as type: wider
    off = 0.25 if cut else 0.15
    return (
        len(boxes) == 1
        and affiliation_like(text)
        and bool(ENDS_IN_JOB.search(text))
        and not sentence(line)
        and any(
            abs(line.em - r.em) <= off * r.em and (_next_under(line, r) or _next_under(r, line))
            for r in whole
        )
    )


def _title_wrapped(
    named: list[Speaker], line: Line, title: list[Line], closed: bool, after: Line | None, body: float
) -> bool:
    """Whether a "name" alone on its line is the title's wrapped last word ("大小核架构下任务放置的
    能效" over "权衡", 权 a surname): set flush under the title's last line, from its left edge,
    before any speaker, with a speaker's own line (a name and its affiliation) after it."""
    if closed or not title or len(named) != 1 or after is None:
        return False
    if named[0].affiliation or not named[0].sure or named[0].name != line.text.strip():
        return False  # a name with its affiliation, a list withheld ("缪佳宁、禚一鸣 | 浙江大学")
    last, h = title[-1], line.bottom - line.top
    flush = line.top - last.bottom < 0.5 * h and abs(line.boxes[0].x0 - last.boxes[0].x0) < h / 2
    follows = speaker(after, None, body, last.em)
    return flush and follows is not None and bool(follows.affiliation) and follows.name != named[0].name


def _jobless_latin(named: list[Speaker], line: Line, after: Line | None, body: float, em: float) -> bool:
    """Whether a talk's first speaker line is a Latin name and a company with no job, over a
    speaker's line that ends in one: a title's wrapped words that read as a name and a company
    ("Timer Noiseon Arm Servers", OCR's "Noise on"), or a speaker printed unlike the next. Which
    it is is unclear, so the list is withheld."""
    if len(named) != 1 or not LATIN_LETTERS.fullmatch(named[0].name) or after is None:
        return False
    if ENDS_IN_JOB.search(line.text) or not named[0].affiliation:
        return False
    follows = speaker(after, None, body, em)
    return follows is not None and bool(ENDS_IN_JOB.search(follows.affiliation))


def _unread_plate(line: Line, plates: list[Line]) -> bool:
    """Whether a line kept as biography is one more speaker's name plate whose name OCR misread
    ("洗嘉欣" for 冼嘉欣, 洗 no surname): a name's length of Chinese characters alone on its line,
    set as a plate of the card is (its left edge, its height), no break's nor a company's ("阿里云"
    under the plate "吕婷")."""
    text = "".join(line.text.split())
    return (
        name_plate(line)
        and not BREAK.search(text)
        and not affiliation_like(text)
        and any(set_alike(line, plate) for plate in plates)
    )


def _plate_alike(line: Line, plate: Line) -> bool:
    """Whether a speaker's line is set as a framed name plate is: from its left edge, or a name
    alone on its line in the plate's height, on the other side of the card (plates alternate
    sides; a two-character name in the same frame is wider per character than a three's)."""
    ratio = (line.bottom - line.top) / (plate.bottom - plate.top)
    return set_alike(line, plate) or (
        len(line.boxes) == 1 and bool(person(line.text)) and 0.85 <= ratio <= 1.18
    )


def _next_under(firm: Line, line: Line) -> bool:
    """Whether a line is set right under a speaker's affiliation, with no room for a name between:
    its job title ("阿里云" over "龙蜥社区内核SIG Maintainer", name, company and job on three lines),
    not a second speaker's affiliation whose name OCR missed."""
    return abs(line.top - firm.bottom) < 0.5 * (firm.bottom - firm.top)  # OCR's boxes may overlap


def _runs_on(last: Line, line: Line) -> bool:
    """Whether a title's line broke off and goes on in the next: after a list's comma or a dash
    ("title — A、" "B（…）"), or OCR's "一" for a dash before 'name（affiliation）'; or the next
    opens with a dash, a subtitle in smaller type ("——从单机验证到…", OCR's "一从单机…")."""
    return (
        bool(_RUNS_ON.search(last.text))
        or (last.text.endswith("一") and bool(DASHED.fullmatch("一" + line.text)))
        or (
            bool(_SUBTITLE.match(line.text))
            and not DASHED.fullmatch(line.text)
            # nor a speaker whose surname OCR dropped ("一帆阿里云…": a name, then an organisation)
            and not any(organisation(line.text.lstrip("—-")[k:]) for k in (1, 2, 3))
            and not run_in(line.text.lstrip("—-一"))
        )
    )
