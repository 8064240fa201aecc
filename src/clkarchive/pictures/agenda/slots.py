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
from dataclasses import dataclass

from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.table import Row
from clkarchive.pictures.agenda.words import (
    BREAK,
    CJK_NAME,
    LIST,
    PUNCTUATION,
    SPEAKERS_LABEL,
    affiliation_like,
    join,
    known_name,
    organisation,
    person,
    person_name,
    spelt_as,
    split_name,
    sure_name,
    surname,
    transliterated,
    worded,
)

_KINDS = (
    ("break", BREAK),
    ("panel", re.compile(r"圆桌|panel|对话", re.I)),
    ("ceremony", re.compile(r"开场|开幕|致辞|闭幕|签到|合影|颁奖|opening|closing|welcome", re.I)),
)
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
_APART = re.compile(r"\s*[·•・|｜@]\s*")  # "欧阳明轩 · vivo移动通信有限公司", "Jun Sima @ ISCAS"
_BRACKETED = re.compile(r"(.+?)\s*[(（]([^()（）]+)[)）]")  # "戴文博（浪潮信息）"
# A bilingual speaker's line: the name in pinyin, the same name in characters in brackets, then
# the affiliation ("Tang Zhiqiang (唐志强) Alibaba Cloud", an English-first poster's).
_PINYIN_NAMED = re.compile(r"([A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2})\s*[(（]([\u4e00-\u9fff]{2,4})[)）]\s*(.*)")
_NAME_PINYIN = re.compile(
    r"([\u4e00-\u9fff]{2,4})\s*[(（]([A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2})[)）]\s*(.*)"
)  # 唐志强 (Tang Zhiqiang)
# What leads a speaker's line: a handle's @ ("@ 姚晨 · 阿里云", a terminal's or a chat's listing)
# or a dash ("—— 唐悦，中山大学", a programme book's): a person follows.
_LEAD = re.compile(r"(?:[@＠]|[-—–―一]{1,2})\s*(?=\S)")  # OCR reads a dash as 一 (no surname)
_TITLE_MIN = 3  # characters: a shorter line under a speaker opens no second talk
_FAR = 4  # a box this many line heights right of the one before stands apart (a tag by the times)
_RUNS_ON = re.compile(r"[、,，/—–-]$")  # a line broken after these goes on on the next
_TAG = re.compile(r"keynote|invited talk|主旨演讲|主题演讲|特邀报告|特邀演讲", re.I)
SPLIT_SURE = 0.9  # a name the lexicon cut from its affiliation: right, but read with one more step
_GUEST_LABEL = re.compile(
    r"^\s*(?:主持人?|嘉宾|对话嘉宾|Host|Moderator|Guests?|Panelists?)\s*[:：]?\s*", re.I
)
# A job title alone: a few words, then the role ("内核研发工程师", "副研究员", "Senior Engineer").
_JOB_TITLE = re.compile(r"[\u4e00-\u9fffA-Za-z ]{0,10}" + _ROLE)
# A title's last line that is a speaker and a role run together: "李泽帆字节跳动内核负责人".
_NAME_AND_ROLE = re.compile(r"[\u4e00-\u9fff]{2,4}[^，。；]*" + _ROLE)


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
    if kind != "talk":
        return [Slot(kind, start, end, _clean_title(_stacked(lines)), time_sure=sure, speakers_sure=sure)]
    body = statistics.median(line.em for line in lines)
    lines = _framed_apart(lines, body, lines[0].em)
    found: list[Slot] = []
    title: list[Line] = []
    speakers, first = _leading(lines)  # a card that opens with its speakers: none after its title
    bio: list[str] = []

    def flush() -> None:
        if not title:
            return
        if any(s.framed for s in speakers):
            # A card frames every speaker's name: what else looked like one was biography.
            bio.extend(join([s.name, s.affiliation]) for s in speakers if not s.framed)
            speakers[:] = [s for s in speakers if s.framed]
        text = join(x.text for x in title)
        if not speakers and (dashed := _dashed(text)):
            text, speakers[:] = dashed
        roles = tuple(s.affiliation.strip(PUNCTUATION) for s in speakers)
        partial = bool(speakers) and (_unaccounted(bio, speakers) or bool(apart))
        apart.clear()
        found.append(
            Slot(
                # a second "talk" of a time that is its break ("茶歇 Coffee Break" under a card
                # whose next time OCR or a ruler took) is that break
                "break" if not speakers and len(text) <= 20 and kind_of(text) == "break" else "talk",
                start,
                end,
                _clean_title(text),
                tuple(s.name for s in speakers),
                roles if any(roles) else (),
                join(bio),
                time_sure=sure,
                speakers_sure=0.0 if partial else min([sure, *(s.sure for s in speakers)]),
            )
        )

    apart: list[Line] = []  # speaker lines of the talk read so far that stand far below the line before
    skip = closed = led = False  # closed: the title is over (a speaker came); led: speakers came first
    for n, line in enumerate(lines):
        if n < first:
            continue
        if skip:
            skip = False
            continue
        after = lines[n + 1] if n + 1 < len(lines) else None
        if not first and (lead := _led_by_names(line)) is not None:
            flush()  # "name（affiliation）｜title": a talk whose speakers lead its title's line
            speakers, title, bio, closed = lead[0], [lead[1]], [], False
            led = True  # its lines after are its title's (a short last line, "方案", is no name)
            continue
        if title and not first and (label := SPEAKERS_LABEL.match(line.boxes[0].text)):
            line = _unlabelled(line, label.end())  # "演讲人：张三 华为": what follows is the speaker
        if not title and _TAG.fullmatch(line.text):
            continue  # a badge over the title ("KEYNOTE")
        if title and not closed and not bio and _runs_on(title[-1], line):
            title.append(line)
            continue
        named = _listed(line, after) if title and not first and not led else []
        if (
            title
            and not first
            and not led
            and not named
            and (one := _speaker(line, after, body, title[0].em))
        ):
            named = [one]
        if any(worded(s.name, words) for s in named):
            named = []
        if named:
            if speakers and line.top - lines[n - 1].bottom > 2 * (line.bottom - line.top):
                # a speaker's line set far below the one before (a title OCR missed with its
                # time stood between): the next talk's speaker, maybe; the list is withheld
                apart.append(line)
            if len(named) == 1 and not named[0].takes_next and _job_title(after, line):
                # "name | company" over "高级工程师": the job title is the affiliation's end
                assert after is not None
                one = named[0]
                named = [_Speaker(one.name, join([one.affiliation, after.text]), True, one.framed, one.sure)]
            speakers.extend(named)
            skip, closed = named[0].takes_next, True
        elif (
            title
            and not led
            and len(line.boxes) == 1
            and (_NAME_AND_ROLE.fullmatch(line.text) or _name_and_firm(line, title[0]))
        ):
            # A name run into its role ("李泽帆字节跳动内核负责人"): which characters are the
            # name is not known, so the line is kept as biography (searchable), and the
            # posters that agree on the speaker may split it.
            bio.append(line.text)
            closed = True
        elif not title or (not closed and not bio and line.em >= 0.8 * title[0].em):
            title.append(line)  # the title, or its next line
        elif (
            closed and line.em >= 0.85 * title[0].em and not _sentence(line) and len(line.text) >= _TITLE_MIN
        ):
            # a second talk in the same time slot (CLK2023's agenda); a character or two is an
            # affiliation's wrapped end ("中国科学院计算技术研究" "所"), no title
            flush()
            title, speakers, bio, closed, led = [line], [], [], False, False
        else:
            bio.append(line.text)
    flush()
    return found


def cells_slot(times: tuple[str | None, str | None], row: Row) -> Slot:
    """The slot of a table's row, whose fields were printed apart: each is what its column
    holds. A speakers' cell that is no list of names is kept as biography, never guessed."""
    start, end = times
    kind = kind_of(row.title or row.cell)
    if kind not in ("talk", "panel"):
        return Slot(kind, start, end, _clean_title(row.title or row.cell))
    biography = "" if row.names else row.cell
    title = re.sub(rf"^(?:{_TAG.pattern})\s*", "", row.title, flags=re.I)  # a badge over the title
    return Slot(kind, start, end, _clean_title(title), row.names, row.affiliations, biography)


def kind_of(head: str) -> str:
    """A slot's kind by what its first lines say: a break, a panel, a ceremony, else a talk."""
    return next((kind for kind, pattern in _KINDS if pattern.search(head)), "talk")


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


def _framed_apart(lines: list[Line], body: float, title: float) -> list[Line]:
    """Lines with a framed name beside the end of a biography ("要作者。" … "宋恺睿") as two lines."""
    out = []
    for line in lines:
        framed = [b for b in line.boxes[1:] if _framed(b, body, title) and person_name(b.text)]
        rest = tuple(b for b in line.boxes if b not in framed)
        out += [Line(rest), *(Line((b,)) for b in framed)] if framed else [line]
    return out


# After a speaker's name, what says another follows: "张三、李四", "Jun Sima & Lei Wang", "张三和李四".
_ANOTHER = re.compile(r"\s*(?:[、,，;；/&]|和)\s*(.*)")


def _unaccounted(bio: list[str], speakers: list[_Speaker]) -> bool:
    """Whether the speakers read may be only some of the talk's: a line kept as biography is a
    person's name alone (a second name plate, a name line the reader did not take), or a
    speaker's affiliation opens with a separator and a name. Shown, such a list would be
    taken for whole; it is withheld instead."""
    if any(person(line) for line in bio):
        return True
    return any((m := _ANOTHER.match(s.affiliation)) and _name_first(m.group(1)) for s in speakers)


def _name_first(text: str) -> bool:
    """Whether text opens with a person's name: its first listed part, or a Chinese name of
    two or three characters before the rest ("李四华为" opens with 李四)."""
    head = LIST.split(text.strip(), maxsplit=1)[0]
    return any(person(part) for part in (head, head[:2], head[:3]))


def _persons(text: str) -> list[str]:
    """The names a text lists, where each is a person's beyond doubt; else none."""
    names = [person(n) for n in LIST.split(text)]
    return names if all(names) else []


def _unlabelled(line: Line, end: int) -> Line:
    """The line with its first box's first `end` characters (a label) cut off, or the box dropped."""
    box, rest = line.boxes[0], line.boxes[1:]
    if end >= len(box.text):
        return Line(rest) if rest else line
    cut = box.x0 + (box.x1 - box.x0) * end / len(box.text)
    return Line((Text(box.text[end:], cut, box.y0, box.x1, box.y1), *rest))


def _leading(lines: list[Line]) -> tuple[list[_Speaker], int]:
    """The speakers a card prints before its title, each a name alone on its line (a person's)
    over its affiliation in smaller type, and the number of lines they (and a badge over them)
    take; none where the title opens the card or nothing follows them."""
    out: list[_Speaker] = []
    k = 1 if _TAG.fullmatch(lines[0].text) else 0
    while k + 1 < len(lines):
        line, after = lines[k], lines[k + 1]
        name = person(line.text) if len(line.boxes) == 1 else ""
        if not (name and after.em < 0.85 * line.em and affiliation_like(after.text)):
            break
        out.append(_Speaker(name, after.text))
        k += 2
    return (out, k) if out and k < len(lines) else ([], 0)


def _job_title(line: Line | None, speaker: Line) -> bool:
    """Whether a line under a speaker's is their job title alone ("高级工程师", "内存子系统负责人"),
    in smaller type: the end of their affiliation, printed on a line of its own."""
    return (
        line is not None
        and len(line.boxes) == 1
        and line.em < 0.9 * speaker.em
        and bool(_JOB_TITLE.fullmatch(line.text))
    )


def _name_and_firm(line: Line, title: Line) -> bool:
    """Whether a line under a title is a speaker run into a known organisation that ends the line
    ("钮佳慧字节跳动": two or three characters, then the organisation), in smaller type than the
    title: a speaker's line whose name split_name could not cut surely (no known surname). Kept
    as biography, it is searchable and leaves the title whole."""
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,3})(\S+)", line.text)
    if m is None or _sentence(line):
        return False
    return line.em < 0.92 * title.em and len(organisation(m[2])) >= 2


def _led_by_names(line: Line) -> tuple[list[_Speaker], Line] | None:
    """The speakers a line opens with before its title, and the title's part of the line:
    "name（affiliation）" in a box of its own (or the name and the bracket in two), the title in
    the boxes right of it ("卫嘉明（华为）｜mTHP 的按需分配"); None where the line opens otherwise
    or nothing follows the names. A box boundary is where the names end: a title that opens with
    a name and a bracket in one run of text is no such line."""
    for k in (1, 2):
        rest = line.boxes[k:]
        head = join(b.text for b in line.boxes[:k])
        if (
            rest
            and (m := _BRACKETED.fullmatch(head))
            and not _bilingual(head)  # "Zhang Wei (张伟)": one person, two scripts
            and (names := _persons(m[1]))
        ):
            return [_Speaker(n, m[2].strip()) for n in names], Line(rest)
    return None


def _listed(line: Line, after: Line | None) -> list[_Speaker]:
    """The speakers of a line that prints them apart from their affiliations in one run: "name ·
    affiliation", "name, affiliation", "@ name · affiliation", "Pinyin Name (中文名) affiliation",
    or several names ("张伟、东方晓") with as many affiliations on the next line."""
    if bilingual := _bilingual(line.text):
        return [bilingual]
    line = _near(line)
    if len(line.boxes) == 2 and len(names := _persons(line.boxes[0].text)) >= 2:
        # "许嘉文、潘立" and their one company in a chip of its own beside them
        firm = line.boxes[1].text
        return [_Speaker(n, firm) for n in names] if affiliation_like(firm) else []
    if len(line.boxes) != 1:
        return []
    text = line.text
    if lead := _LEAD.match(text):
        text = text[lead.end() :]
    if (bracketed := _BRACKETED.fullmatch(text)) and (names := _persons(bracketed[1])):
        return [_Speaker(n, bracketed[2].strip()) for n in names]  # "戴文博、钟晓琳（浪潮信息）"
    apart = _APART.split(text, maxsplit=1)
    if transliterated(text) and not affiliation_like(apart[1]):
        # "马克·瓦格纳": a foreign name in characters, not a name and an organisation; sure only
        # with its affiliation under it in smaller type (else it may be "name · a company no list knows")
        if after is not None and after.em < 0.85 * line.em and affiliation_like(after.text):
            return [_Speaker(text, after.text, takes_next=True)]
        return [_Speaker(text, "", sure=0.0)]
    pairs = [_APART.split(part, maxsplit=1) for part in LIST.split(text)]
    if len(pairs) >= 2 and all(len(q) == 2 and known_name(q[0]) and q[1] for q in pairs):
        return [_Speaker(known_name(q[0]), q[1].strip(PUNCTUATION)) for q in pairs]  # "A | 华为 / B | 腾讯"
    if len(apart) == 2 and (name := known_name(apart[0])) and apart[1]:
        return [_Speaker(name, apart[1].strip(PUNCTUATION))]
    if len(apart) == 2 and len(names := _persons(apart[0])) >= 2 and affiliation_like(apart[1]):
        return [_Speaker(n, apart[1].strip(PUNCTUATION)) for n in names]  # "A、B | 蚂蚁集团": both of it
    if len(apart) == 2 and CJK_NAME.fullmatch(apart[0]) and len(organisation(apart[1])) >= 2:
        # "弓瑞 | 中兴通讯": a speaker's line, of a surname no list knows; withheld, not a title's
        return [_Speaker(apart[0], apart[1].strip(PUNCTUATION), sure=0.0)]
    parts = LIST.split(text)
    names = [known_name(n) for n in parts]
    if len(names) == 2 and names[0] and not names[1] and affiliation_like(parts[1]):
        return [_Speaker(names[0], parts[1])]  # "戴文博, 浪潮信息"
    if len(names) < 2 or not all(names):
        return []
    roles = LIST.split(after.text) if after is not None and len(after.boxes) == 1 else []
    if len(roles) == len(names) and all(affiliation_like(r) for r in roles):
        return [_Speaker(n, r, takes_next=k == 0) for k, (n, r) in enumerate(zip(names, roles, strict=True))]
    return [_Speaker(n, "") for n in names]


def _bilingual(text: str) -> _Speaker | None:
    """The speaker of "Pinyin Name (中文名) affiliation" or "中文名 (Pinyin Name) affiliation": the
    name in characters, sure where the pinyin spells it syllable by syllable (else withheld);
    None where the text is no such line."""
    if m := _PINYIN_NAMED.fullmatch(text):
        latin, name, rest = m[1], m[2], m[3]
    elif m := _NAME_PINYIN.fullmatch(text):
        name, latin, rest = m[1], m[2], m[3]
    else:
        return None
    if not person(name):
        return None
    firm = rest.lstrip(")）").strip(PUNCTUATION)  # OCR may read the bracket twice
    return _Speaker(person(name), firm, sure=1.0 if spelt_as(latin, name) else 0.0)


def _near(line: Line) -> Line:
    """The line's boxes up to the first that stands far right of the one before it (a tag
    printed in the times' column, "短报告 ×2", is not the speaker's)."""
    near = list(line.boxes[:1])
    for box in line.boxes[1:]:
        if box.x0 - near[-1].x1 > _FAR * (box.y1 - box.y0):
            break
        near.append(box)
    return Line(tuple(near))


def _speaker(line: Line, after: Line | None, body: float, title: float) -> _Speaker | None:
    """The speaker this line names, if it does.

    body: the slot's usual type size; title: its title's. A name is printed large (a card's
    framed name) or about as large as the title (a list's name line); a line of biography
    that happens to start with a company (华为 OS内核实验室…) is neither.
    """
    first, rest = line.boxes[0], line.boxes[1:]
    if _framed(first, body, title) and not rest and (name := person_name(first.text)):
        return _Speaker(name, "", framed=True)
    if not person(first.text) and not _sentence(line) and (cut := split_name(first.text)):
        # A name run into its affiliation, cut where a known organisation or a role begins.
        return _Speaker(cut[0], join([cut[1], *(b.text for b in rest)]), sure=SPLIT_SURE)
    merged = next(filter(None, (p.fullmatch(first.text) for p in _NAME_THEN_ROLE)), None)
    if not rest and merged and not _sentence(line):
        return _Speaker(person_name(merged.group(1)), merged.group(2))
    if first.em < 0.75 * title and (rest or after is None or not affiliation_like(after.text)):
        return None  # smaller than the title: a name only with an organisation under it
    name = known_name(first.text)
    firm = rest[0].text.lstrip(" :：|·•・@") if len(rest) == 1 else ""
    if (
        not name
        and CJK_NAME.fullmatch(first.text)
        and person_name(first.text)
        and len(organisation(firm)) >= 2
    ):
        # "萧子涵" "麒麟软件": a speaker's line of a surname no list knows, not a second talk's
        # title; the talk's speakers are withheld, never shown without this one
        return _Speaker(first.text, firm, sure=0.0)
    if not name:
        return None  # no known surname: a title's short last line ("收延迟"), not a name
    if rest:
        # A name, its affiliation in small type, or in a box of its own that opens with a known
        # organisation (type sizes read from box widths are rough where a name is short).
        # "司马俊" "| 浙江大学": a bar read apart from the name (perhaps after a speck read as ":")
        apart = _APART.match(rest[0].text, len(rest[0].text) - len(rest[0].text.lstrip(" :：")))
        if (
            apart
            or all(b.em < 0.85 * first.em for b in rest)
            or (surname(name) and organisation(rest[0].text))
        ):
            return _Speaker(name, join(b.text for b in rest)[apart.end() if apart else 0 :])
        return None
    if after is None:
        return _Speaker(name, "")
    if (
        (after.em < 0.85 * first.em or (surname(name) and organisation(after.text)))
        and not person_name(after.boxes[0].text)
        # a title's short last line ("收延迟") before the speaker run into their role is no name
        and not (name == first.text and split_name(after.text))
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
    sure: float = 1.0


def panel(start: str | None, end: str | None, lines: list[Line], sure: float) -> Slot:
    """A panel: its title, then its host and guests, "嘉宾：王磊（华为）、李娜（阿里云）" or a
    line each; a person is a speaker of the panel only where the name is read whole."""
    title = [lines[0]]
    rest = lines[1:]
    if rest and not _GUEST_LABEL.match(rest[0].text) and not person_name(rest[0].boxes[0].text):
        title.append(rest[0])
        rest = rest[1:]
    names: list[str] = []
    roles: list[str] = []
    done: set[int] = set()  # lines read as the affiliations of a row of names
    for k, line in enumerate(rest):
        if k in done or all(_GUEST_LABEL.fullmatch(b.text) for b in line.boxes):
            continue  # a row of labels over the people's photos ("主持人" "嘉宾" "嘉宾")
        if len(line.boxes) >= 2 and all(known_name(b.text) for b in line.boxes):
            # a row of people side by side (under their photos), each one's affiliation under it
            under = _under_each(line, rest[k + 1] if k + 1 < len(rest) else None)
            names += [known_name(b.text) for b in line.boxes]
            roles += under or [""] * len(line.boxes)
            done |= {k + 1} if under else set()
            continue
        text = _GUEST_LABEL.sub("", line.text).strip()
        entries = (
            [e for e in re.split(r"[、，,；;]", text) if e.strip()] if "（" in text or "(" in text else [text]
        )
        for entry in entries:
            m = re.fullmatch(r"\s*(\S+?)\s*[（(](.*?)[)）]?\s*", entry)
            name, role = (m.group(1), m.group(2)) if m else (entry, "")
            who = person_name(name) if len(line.boxes) == 1 or m else person_name(line.boxes[0].text)
            if not m and len(line.boxes) > 1:
                role = join(b.text for b in line.boxes[1:])
            elif not m and not who:
                cut = split_name(entry)
                who, role = cut if cut else ("", "")
            if who and sure_name(who):
                names.append(who)
                roles.append(role.strip(PUNCTUATION))
    return Slot(
        "panel",
        start,
        end,
        _clean_title(join(x.text for x in title)),
        tuple(names),
        tuple(roles) if any(roles) else (),
        time_sure=sure,
        speakers_sure=sure,
    )


def _under_each(line: Line, after: Line | None) -> list[str]:
    """The texts of the next line, one centred under each box of line (a row of people's names,
    their affiliations under them), left to right; [] where the next line is no such row."""
    if after is None or len(after.boxes) != len(line.boxes):
        return []
    pairs = zip(line.boxes, after.boxes, strict=True)
    if all(abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 < max(a.x1 - a.x0, b.x1 - b.x0) for a, b in pairs):
        return [b.text for b in after.boxes]
    return []


# "title — name（affiliation）", "title —— A、B（affiliation）": a dash (OCR reads "—" as "-" or "一"),
# then the names and their affiliation in brackets, ending the text.
_DASHED = re.compile(r"\s*(?:[-—–―]{1,2}|一)\s*([^-—–―()（）]+?)\s*[(（]([^()（）]+)[)）]\s*")


def _dashed(text: str) -> tuple[str, list[_Speaker]] | None:
    """A title printed with its speakers after a dash, cut apart where what follows the dash is
    names (each one a person's, by person_like) and their affiliation ending the text; else None."""
    for at in range(1, len(text)):
        if not (m := _DASHED.fullmatch(text, at)):
            continue
        if names := _persons(m.group(1)):
            return text[: m.start()], [_Speaker(n, m.group(2).strip()) for n in names]
    return None


def _runs_on(last: Line, line: Line) -> bool:
    """Whether a title's line broke off and goes on in the next: after a list's comma or a dash
    ("title — A、" "B（…）"), or OCR's "一" for a dash before 'name（affiliation）'."""
    return bool(_RUNS_ON.search(last.text)) or (
        last.text.endswith("一") and bool(_DASHED.fullmatch("一" + line.text))
    )


def _framed(box: Text, body: float, title: float) -> bool:
    """Whether a box is in the large type of a card's framed name: larger than the title."""
    return box.em >= 1.25 * body and box.em >= 1.2 * title


def _sentence(line: Line) -> bool:
    return bool(re.search(r"[，。；、,;]", line.text))


def _clean_title(text: str) -> str:
    """The title less what OCR read of the marks around it: a bar before it ("｜ title", read "】"
    where it is drawn as a rule), a dash, a colon or what dot leaders leave after it."""
    return text.strip(" :：-—|｜").lstrip("】]").rstrip(" .·…")
