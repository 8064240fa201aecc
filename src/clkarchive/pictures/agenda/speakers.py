"""A speaker's line read: who speaks, of which affiliation, and how sure that is.

Posters print a talk's speakers in many ways ("name | company", "name（company）", "A、B" over their
companies, a name run into its company, "Pinyin (中文名) firm", a card's framed name, …); each way
is read here, in one place, so that a slot's reading (slots.py) is only about which line is what.
A line that may name only some of a talk's speakers is read as unsure: a partial list shown would
be taken for the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clkarchive.pictures.agenda.geometry import Line, Text, part
from clkarchive.pictures.agenda.run_in import latin_run_in, listed_runs, padded, run_in
from clkarchive.pictures.agenda.words import (
    CJK_NAME,
    CLAUSE,
    ENDS_IN_JOB,
    LATIN_AFTER_NAME,
    LIST,
    NAME_RUN,
    PUNCTUATION,
    ROLE,
    affiliation_like,
    join,
    known_name,
    organisation,
    person,
    person_like,
    person_name,
    spelt_as,
    split_name,
    surname,
    transliterated,
    unread_name,
    word_surname,
)


@dataclass(frozen=True)
class Speaker:
    """A speaker read from a line, with how sure the reading is (0: shown nowhere)."""

    name: str
    affiliation: str
    takes_next: bool = False  # the affiliation is the next line
    framed: bool = False  # a card's framed name
    sure: float = 1.0


def _unlisted(name: str, affiliation: str, takes_next: bool = False) -> Speaker:
    """A speaker's line of a name whose surname no list knows (OCR lost a rare surname, or the
    surname is rare): withheld, for a title's fragment may read so too; shown where the surname
    is one that is an everyday word too (经晨阳, 蓬若溪), as the line sets it apart from the
    affiliation."""
    return Speaker(name, affiliation, takes_next=takes_next, sure=float(word_surname(name)))


# A speaker run into their role where the script or a space shows where the name ends:
# "LianboJiang红帽高级工程师", "袁晓峰vivo性能优化专家", "赵 宇 Google Staff Software Engineer".
_NAME_THEN_ROLE = (
    re.compile(r"([A-Z][a-z]+ ?[A-Z][a-z]+)([\u4e00-\u9fff].*" + ROLE + ".*)"),
    # 郭任玄铁Linux…: name + company (a letter before a bar, "顾临川l|Meta…", is the bar's)
    re.compile(r"([\u4e00-\u9fff]{2,3})(" + LATIN_AFTER_NAME + ".*" + ROLE + ".*)"),
    # a name spaced out (郑 琦字节…, 赵 桥  红帽…, 赵 宇 Google…): one space inside it, more or
    # a change of script after it
    re.compile(r"([\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3})(?: {2,}| (?=[A-Za-z])|(?=\S))(.*" + ROLE + ".*)"),
    re.compile(r"([\u4e00-\u9fff]{2,4}) +(\S.*" + ROLE + ".*)"),  # 路旭 字节跳动…
)
_APART = re.compile(r"\s*[·•・|｜@]\s*")  # "欧阳明轩 · vivo移动通信有限公司", "Jun Sima @ ISCAS"
_BRACKETED = re.compile(r"(.+?)\s*[(（]([^()（）]+)[)）]")  # "戴文博（浪潮信息）"
# A bilingual speaker's line: the name in pinyin, the same name in characters in brackets, then
# the affiliation ("Tang Zhiqiang (唐志强) Alibaba Cloud", an English-first poster's).
_PINYIN = r"[A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2}"  # a Chinese name in pinyin, as English reports write it
_PINYIN_NAMED = re.compile(rf"({_PINYIN})\s*[(（]([\u4e00-\u9fff]{{2,4}})[)）]\s*(.*)")
# 唐志强 (Tang Zhiqiang); or unbracketed, before the affiliation's sign: 许志华 Xu Zhihua · HUST
_NAME_PINYIN = re.compile(
    rf"([\u4e00-\u9fff]{{2,4}})\s*(?:[(（]({_PINYIN})[)）]"
    rf"|({_PINYIN})(?=\s*(?:[·•・|｜@]|$)))\s*(.*)"
)
# What leads a speaker's line: a handle's @ ("@ 姚晨 · 阿里云", a terminal's or a chat's listing),
# a dash ("—— 唐悦，中山大学", a programme book's; OCR reads one as 一, no surname) or a list's
# bullets ("● Thomas Lindner · SUSE", "·● Yifan Zhao": OCR reads a dot as ·) or the slash that
# parts a title from its speaker, wrapped to the speaker's line ("／戴娜 (英特尔…)"): a person follows.
_LEAD = re.compile(r"(?:[@＠/／]|[-—–―一]{1,2}|[·•●◆▪■・](?:\s*[·•●◆▪■・])*)\s*(?=\S)")
_FAR = 4  # a box this many line heights right of the one before stands apart (a tag by the times)
SPLIT_SURE = 0.9  # a name the lexicon cut from its affiliation: right, but read with one more step


# What joins the speakers of a talk given by two on one line: a cross ("韩启航 华为 高级工程师 ×
# 孙沁 北京大学 博士生", one of industry and one of academia, each with affiliation and job title).
_JOINT = re.compile(r"\s*[×✕✖╳]\s*")
# A line that opens with that cross goes on the list of the line over it; OCR may read the cross
# there as an X run into the name ("XRavi Shankar AMD …"): an X before a capitalised word or a
# character ("XFS", capitals after it, is a title's word, never this).
_JOINT_LEAD = re.compile(r"\s*(?:[×✕✖╳]|X(?=[A-Z][a-z]|[\u4e00-\u9fff]))\s*")


def joint(line: Line, listing: bool) -> list[Speaker]:
    """The speakers of a line that joins them with a cross, each a name run into its affiliation
    and job title ("韩启航华为高级工程师×孙沁北京大学博士生"); or, where listing (the line is under a
    speaker's line of the same talk), of a line that opens with the cross (the second speaker
    printed on a line of their own). Where one part's name cannot be cut surely, every speaker
    read is unsure, so the talk's list is withheld: the first name alone, shown as fact, would
    say the talk is one person's. [] where the line is no such line (a title's "产业界×学术界")."""
    text = _near(line).text  # a tag far right ("短报告 ×2") is not the speakers'
    lead = _JOINT_LEAD.match(text) if listing else None
    if lead is not None:
        text = text[lead.end() :]
    elif not _JOINT.search(text):
        return []
    parts = [p for p in _JOINT.split(text) if p.strip()]
    cuts = [run_in(p) for p in parts]
    if not parts or (lead is None and cuts[0] is None):
        return []  # what opens the line is no name: a title's words
    sure = SPLIT_SURE if all(cuts) else 0.0
    return [Speaker(*(cut or (part.strip(), "")), sure=sure) for part, cut in zip(parts, cuts, strict=True)]


# After a speaker's name, what says another follows: "张三、李四", "Jun Sima & Lei Wang", "张三和李四".
_ANOTHER = re.compile(r"\s*(?:[、,，;；/&]|和)\s*(.*)")


def unaccounted(bio: list[str], speakers: list[Speaker]) -> bool:
    """Whether the speakers read may be only some of the talk's: a line kept as biography is a
    person's name alone or beside a known company (a second name plate, a name line the reader
    did not take, "Chris Li Google"), or a speaker's affiliation opens with a separator and a
    name. Shown, such a list would be taken for whole; it is withheld instead."""
    if any(person(line) or _beside_company(line) for line in bio):
        return True
    if any(_JOINT.search(s.affiliation) for s in speakers):
        return True  # "name company × another name" read as one
    return any((m := _ANOTHER.match(s.affiliation)) and _name_first(m.group(1)) for s in speakers)


def _beside_company(line: str) -> bool:
    """Whether a line is a Latin name and a known company, nothing more ("Chris Li Google")."""
    cut = latin_run_in(line)
    return cut is not None and organisation(cut[1]).casefold() == cut[1].strip().casefold()


def _name_first(text: str) -> bool:
    """Whether text opens with a person's name: its first listed part, or a Chinese name of
    two or three characters before the rest ("李四华为" opens with 李四)."""
    head = LIST.split(text.strip(), maxsplit=1)[0]
    return any(person(part) for part in (head, head[:2], head[:3]))


def persons(text: str) -> list[str]:
    """The names a text lists, where each is a person's beyond doubt; else none."""
    names = [person(n) for n in LIST.split(text)]
    return names if all(names) else []


def led_by_names(line: Line) -> tuple[list[Speaker], Line] | None:
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
            and not bilingual(head)  # "Zhang Wei (张伟)": one person, two scripts
            and (names := persons(m[1]))
        ):
            return [Speaker(n, m[2].strip()) for n in names], Line(rest)
    return None


def listed(line: Line, after: Line | None) -> list[Speaker]:
    """The speakers of a line that prints them apart from their affiliations in one run: "name ·
    affiliation", "name, affiliation", "@ name · affiliation", "Pinyin Name (中文名) affiliation",
    or several names ("张伟、东方晓") with as many affiliations on the next line."""
    if both := bilingual(_unled(line.text)):
        return [both]
    line = _near(line)
    if len(line.boxes) == 2 and len(names := persons(line.boxes[0].text)) >= 2:
        # "许嘉文、潘立" and their one company in a chip of its own beside them
        firm = line.boxes[1].text
        return [Speaker(n, firm) for n in names] if affiliation_like(firm) else []
    if len(line.boxes) >= 2 and all(boxed := [_slashed(box.text) for box in line.boxes]):
        return [one for speakers in boxed for one in speakers]  # "魏航/摩尔线程   彭丽/中国科学技术大学"
    if len(line.boxes) >= 2 and not LIST.search(line.boxes[0].text[-1]) and (beside := _side_by_side(line)):
        # "程雅阿里云数据库专家   米立峰平头哥驱动工程师", "伍思成携程系统工程师   白若岚  蚂蚁集团…": two
        # speakers side by side; read as one, the second would be the first's affiliation
        # ("徐杰·华为／" "邓琳·…" is a list, _paired's)
        return beside
    if len(line.boxes) != 1:
        return _paired(_unled(line.text)) if LIST.search(line.boxes[0].text[-1]) else []
    text = _unled(line.text)  # of the line _near joined
    if bracketed := _BRACKETED.fullmatch(text):
        if names := persons(bracketed[1]):
            return [Speaker(n, bracketed[2].strip()) for n in names]  # "戴文博、钟晓琳（浪潮信息）"
        if (
            CJK_NAME.fullmatch(bracketed[1])
            and person_name(bracketed[1])
            and len(organisation(bracketed[2])) >= 2
        ):
            # "禚若溪（网易）", "若愚（华为 …）": never run into the title over it
            return [_unlisted(bracketed[1], bracketed[2].strip())]
    each = [_BRACKETED.fullmatch(part) for part in LIST.split(text)]
    if len(each) >= 2 and all(m and person(m[1]) for m in each):
        # "Ouyang Ming (Meta), Daniel Whitaker (Samsung)": each name with its own affiliation
        return [Speaker(person(m[1]), m[2].strip()) for m in each if m]
    apart = _APART.split(text, maxsplit=1)
    if transliterated(text) and not affiliation_like(apart[1]):
        # "马克·瓦格纳": a foreign name in characters, not a name and an organisation; sure only
        # with its affiliation under it in smaller type (else it may be "name · a company no list knows")
        if after is not None and after.em < 0.85 * line.em and affiliation_like(after.text):
            return [Speaker(text, after.text, takes_next=True)]
        return [Speaker(text, "", sure=0.0)]
    if pairs := _paired(text):
        return pairs
    if (glued := _glued(text)) is not None:
        return glued
    if len(apart) == 2 and (name := known_name(apart[0])) and apart[1]:
        return [Speaker(name, apart[1].strip(PUNCTUATION))]
    if len(apart) == 2 and len(names := persons(apart[0])) >= 2 and affiliation_like(apart[1]):
        return [Speaker(n, apart[1].strip(PUNCTUATION)) for n in names]  # "A、B | 蚂蚁集团": both of it
    if len(apart) == 2 and CJK_NAME.fullmatch(apart[0]) and len(organisation(apart[1])) >= 2:
        return [_unlisted(apart[0], apart[1].strip(PUNCTUATION))]  # "禚瑞 | 中兴通讯": not a title's
    if (runs := listed_runs(text)) and len(runs) >= 2:
        # "祁峰、汪洁阿里云操作系统内核团队", "栾泽宇／孙静怡新华三…": names listed, run into their one
        # organisation (or each into its own), cut where the lexicon is sure
        return [Speaker(name, firm, sure=SPLIT_SURE) for name, firm in runs]
    parts = LIST.split(text)
    names = [known_name(n) for n in parts]
    if (
        len(names) >= 2
        and names[0]
        and not all(names)
        and "、" in text
        and not re.search(r"[，。；,;]", text)
    ):
        # "缪佳宁、郏一鸣浙江大学": 、 lists things alike, names here, so what follows it is one more
        # name the reader could not cut (a surname no list knows, run into its company), never the
        # first's affiliation: the list is not whole, and withheld. A sentence's 、 (a biography's
        # "管理、虚拟化相关领域，…", with its commas) lists no names.
        return [Speaker(names[0], "", sure=0.0)]
    if pair := name_and_affiliation(text):
        return [Speaker(*pair)]  # "戴文博, 浪潮信息"
    if len(names) < 2 or not all(names):
        return []
    roles = LIST.split(after.text) if after is not None and len(after.boxes) == 1 else []
    if len(roles) == len(names) and all(affiliation_like(r) for r in roles):
        return [Speaker(n, r, takes_next=k == 0) for k, (n, r) in enumerate(zip(names, roles, strict=True))]
    return [Speaker(n, "") for n in names]


def _side_by_side(line: Line) -> list[Speaker]:
    """The speakers of a line that prints two or more side by side, each a name run into its own
    company and job or a name's box then its affiliation's; [] where any box is neither."""
    boxes, out, k = [b.text for b in line.boxes], [], 0
    while k < len(boxes):
        name, after = person(boxes[k]), boxes[k + 1] if k + 1 < len(boxes) else ""
        if name and after and not person(after) and affiliation_like(after):
            out.append(Speaker(name, after))
            k += 2
        elif (cut := run_in(boxes[k])) and cut[1]:
            out.append(Speaker(*cut, sure=SPLIT_SURE))
            k += 1
        else:
            return []
    return out if len(out) >= 2 else []


def _slashed(text: str) -> list[Speaker]:
    """The speakers of a box that prints names, a slash, their affiliation ("魏航/摩尔线程",
    "周凯、马丽/华为"); none where the names are not all sure or what follows is no organisation."""
    names, _, firm = text.rpartition("/")
    names, firm = names.strip(), firm.strip()
    return [Speaker(n, firm) for n in persons(names)] if names and affiliation_like(firm) else []


def name_and_affiliation(text: str) -> tuple[str, str] | None:
    """A speaker and their affiliation with a list's sign between ("戴文博, 浪潮信息", "李华 / 字节跳动"):
    the sign that lists names, but after it an organisation that names nobody; else None."""
    parts = LIST.split(text)
    if (
        len(parts) == 2
        and (name := known_name(parts[0]))
        and not known_name(parts[1])
        and affiliation_like(parts[1])
    ):
        return name, parts[1]
    return None


def firm_first(line: Line) -> list[Speaker]:
    """The speakers of a line that prints each one's organisation before the name, in a tag of
    its own, run into it or before a colon: "[西安电子科技大学] 孙国平", "华为谢飞", "阿里云杨帆 [浙江大学]
    周晓峰", "华为：姚建新".
    Each box an organisation (a known one run into a name beyond doubt, or a tag that reads as
    one) and each name beyond doubt after one; [] where any box is neither, or a name has no
    organisation before it."""
    out: list[Speaker] = []
    firm = ""
    for box in line.boxes:
        text = box.text.strip()
        labelled = re.fullmatch(r"(.+?)\s*[:：]\s*(.+)", text)  # "华为：姚建新", as a host's label
        if not firm and labelled and affiliation_like(labelled[1]) and (name := known_name(labelled[2])):
            out.append(Speaker(name, labelled[1]))
        elif not firm and (known := organisation(text)) and (name := known_name(text[len(known) :].strip())):
            out.append(Speaker(name, known))
        elif not firm and affiliation_like(text) and not known_name(text):
            firm = text
        elif firm and (name := known_name(text)):
            out.append(Speaker(name, firm))
            firm = ""
        else:
            return []
    return out if out and not firm else []


def _paired(text: str) -> list[Speaker]:
    """The speakers of "A | 华为 / B | 腾讯": each a name beyond doubt and its affiliation, a list's
    sign between them (perhaps where OCR cut the line in two: "徐杰·华为／" "邓琳·华中科技大学")."""
    pairs = [_APART.split(part, maxsplit=1) for part in LIST.split(text)]
    if len(pairs) >= 2 and all(len(q) == 2 and known_name(q[0]) and q[1] for q in pairs):
        return [Speaker(known_name(q[0]), q[1].strip(PUNCTUATION)) for q in pairs]
    return []


def _glued(text: str) -> list[Speaker] | None:
    """The speakers of "A·联想B·联想": two "name · company" pairs OCR read as one box. Each company
    but the last ends where a known organisation does and a name beyond doubt follows; where a
    name may follow one no list knows (and the last part is no job), the list is unsure. None
    where no pair follows the first ("name · affiliation", "曹敏 | 中国移动 | 网络专家")."""
    first, *rest = _APART.split(text)
    if len(rest) < 2 or not (name := known_name(first)):
        return None
    out: list[Speaker] = []
    for middle in rest[:-1]:
        firm = organisation(middle)
        if firm and (second := known_name(middle[len(firm) :].strip(PUNCTUATION))):
            out.append(Speaker(name, firm))
            name = second
        elif not firm and not ENDS_IN_JOB.search(rest[-1]) and any(known_name(middle[-k:]) for k in (2, 3)):
            return [Speaker(name, "", sure=0.0)]  # read as one speaker, the second is the affiliation
        else:
            return None
    return [*out, Speaker(name, rest[-1].strip(PUNCTUATION))]


def _foreign(name: str) -> bool:
    """Whether a name read is a person's in Latin letters ("Olivier Laurent"): over a line that
    opens with a known organisation in its own type, as a Chinese name of a known surname."""
    return name.isascii() and bool(person_like(name))


def _unled(text: str) -> str:
    """text less what leads a speaker's line (_LEAD)."""
    return text[lead.end() :] if (lead := _LEAD.match(text)) else text


def bilingual(text: str) -> Speaker | None:
    """The speaker of "Pinyin Name (中文名) affiliation" or "中文名 (Pinyin Name) affiliation": the
    name in characters, sure where the pinyin spells it syllable by syllable (else withheld);
    None where the text is no such line."""
    if m := _PINYIN_NAMED.fullmatch(text):
        latin, name, rest = m[1], m[2], m[3]
    elif m := _NAME_PINYIN.fullmatch(text):
        name, latin, rest = m[1], m[2] or m[3], m[4]
    else:
        return None
    if not person(name):
        return None
    firm = rest.lstrip(")）").strip(PUNCTUATION)  # OCR may read the bracket twice
    return Speaker(person(name), firm, sure=1.0 if spelt_as(latin, name) else 0.0)


def _near(line: Line) -> Line:
    """The line's boxes up to the first that stands far right of the one before it (a tag
    printed in the times' column, "短报告 ×2", is not the speaker's)."""
    near = list(line.boxes[:1])
    for box in line.boxes[1:]:
        if box.x0 - near[-1].x1 > _FAR * (box.y1 - box.y0):
            break
        near.append(box)
    return Line(tuple(near))


def speaker(line: Line, after: Line | None, body: float, title: float) -> Speaker | None:
    """The speaker this line names, if it does.

    body: the slot's usual type size; title: its title's. A name is printed large (a card's
    framed name) or about as large as the title (a list's name line); a line of biography
    that happens to start with a company (华为 OS内核实验室…) is neither.
    """
    first, rest = line.boxes[0], line.boxes[1:]
    if framed(first, body, title) and not rest and (name := person_name(first.text)):
        return Speaker(name, "", framed=True)
    clause = sentence(line) and not _two_roles(first.text)
    if not person(first.text) and not clause and (cut := split_name(first.text)):
        # A name run into its affiliation, cut where a known organisation or a role begins; a box
        # beside it that opens with characters then a known organisation ("帘涛荣耀…", OCR's 帘 for
        # 甯) is one more speaker whose name was not read: the list is not whole.
        lost = any(unread_name(b.text) for b in rest)
        return Speaker(cut[0], join([cut[1], *(b.text for b in rest)]), sure=0.0 if lost else SPLIT_SURE)
    if not rest and (wide := padded(first.text)):
        return Speaker(*wide)
    merged = next(filter(None, (p.fullmatch(first.text) for p in _NAME_THEN_ROLE)), None)
    if not rest and merged and not sentence(line) and (named := person_name(merged.group(1))):
        return Speaker(named, merged.group(2))
    if not rest and (cut := latin_run_in(first.text)):
        return Speaker(*cut, sure=SPLIT_SURE)
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
        # "萧子涵" "麒麟软件": not a second talk's title; the talk's speakers are withheld, never
        # shown without this one
        return _unlisted(first.text, firm)
    if (
        not name
        and not rest
        and CJK_NAME.fullmatch(first.text)
        and person_name(first.text)
        and after is not None
        and len(after.boxes) == 1
        and len(organisation(after.text)) >= 2
        and after.bottom - after.top < 0.9 * (first.y1 - first.y0)
    ):
        # "訾明远" over "腾讯云内核工程师" in smaller type: a name alone over a line that opens
        # with a known organisation; the speaker's line, not the title's last
        return _unlisted(first.text, after.text, takes_next=True)
    if not name:
        return None  # no known surname: a title's short last line ("收延迟"), not a name
    if rest:
        if len(rest) == 1 and after is not None and _badge(rest[0], after):
            return Speaker(name, after.text, takes_next=True)
        if name == first.text and _echoed(first, rest[0]):
            rest = (part(rest[0], 1), *rest[1:])
        # A name, its affiliation in small type, or in a box of its own that opens with a known
        # organisation (type sizes read from box widths are rough where a name is short).
        # "司马俊" "| 浙江大学": a bar read apart from the name (perhaps after a speck read as ":");
        # "郝子墨" "：联发科技…": a colon (or a speck read as one) before a known organisation
        opens = len(rest[0].text) - len(rest[0].text.lstrip(" :："))
        apart = _APART.match(rest[0].text, opens)
        if (
            apart
            or all(b.em < 0.85 * first.em for b in rest)
            or (surname(name) and organisation(rest[0].text[opens:]))
        ):
            return Speaker(name, join(b.text for b in rest)[apart.end() if apart else 0 :])
        return None
    if after is None:
        return Speaker(name, "")
    if (
        (after.em < 0.85 * first.em or ((surname(name) or _foreign(name)) and organisation(after.text)))
        and not _second_name(after.boxes[0].text)
        and not bilingual(_unled(after.text))  # "陈思琪 Chen Siqi · Tencent": a speaker's line of its own
        # a title's short last line ("收延迟", "InferenceServers" whose spaces OCR dropped, "方案")
        # before the speaker run into their role ("黄  磊快手…", a name set wide) is no name
        and not (
            name.replace(" ", "") == first.text.replace(" ", "")
            and (split_name(after.text) or padded(after.text))
        )
        and not sentence(after)
        and len(after.text) <= 40
    ):
        return Speaker(name, after.text, takes_next=True)  # its affiliation under it in small type
    return None


_ROMANISED = re.compile(rf"({_PINYIN})\s*")


def unromanised(one: Speaker) -> str:
    """The speaker's affiliation less their name in pinyin that opens it, as a bilingual poster
    prints a name ("宋立新 Song Lixin华为 Linux 内核首席专家")."""
    m = _ROMANISED.match(one.affiliation)
    return one.affiliation[m.end() :] if m and spelt_as(m[1], one.name) else one.affiliation


def _echoed(name: Text, box: Text) -> bool:
    """Whether the box beside a name opens with the name's last character read again: its first
    character stands over the name's box (centred left of its right edge, where the two boxes
    overlap), and a known organisation begins only after it ("韩梦琪" "其京东云": 其, the right half
    of 琪, read where the company's box reaches into the name's). A company's box that merely
    reaches into the name's opens with the organisation itself ("孙晓峰" "字节跳动")."""
    head = part(box, 0, 1)
    return (
        (head.x0 + head.x1) / 2 < name.x1 and not organisation(box.text) and bool(organisation(box.text[1:]))
    )


def _badge(box: Text, under: Line) -> bool:
    """Whether the box beside a speaker's name is a tag (a pill after some names, "星衍分享")
    rather than their affiliation or a second name: the line under is the affiliation, set apart
    from its job by a bar ("星衍科技｜高级工程师", one box), and the box names no organisation
    and no person (no two or three Chinese characters, no known surname, no Latin name)."""
    text = box.text.strip()
    return (
        len(under.boxes) == 1
        and bool(_APART.search(under.text))
        and bool(ENDS_IN_JOB.search(under.text))
        and not organisation(text)
        and not NAME_RUN.fullmatch(text)
        and not known_name(text)
        and not (text.isascii() and person_name(text))
    )


# "title — name（affiliation）", "title —— A、B（affiliation）": a dash (OCR reads "—" as "-" or "一"),
# then the names and their affiliation in brackets, ending the text.
DASHED = re.compile(r"\s*(?:[-—–―]{1,2}|一)\s*([^-—–―()（）]+?)\s*[(（]([^()（）]+)[)）]\s*")


def dashed(text: str) -> tuple[str, list[Speaker]] | None:
    """A title printed with its speakers after a dash, cut apart where what follows the dash is
    names (each one a person's, by person_like) and their affiliation ending the text; else None."""
    for at in range(1, len(text)):
        if not (m := DASHED.fullmatch(text, at)):
            continue
        if names := persons(m.group(1)):
            return text[: m.start()], [Speaker(n, m.group(2).strip()) for n in names]
    return None


def _second_name(text: str) -> str:
    """text as a name, where the line under a speaker's is another speaker's rather than their
    affiliation; a Latin job title's capitalised words ("Arm Principal Engineer") are none, a
    Latin name run into its company and job ("MartinKeller SUSESeniorSoftware Engineer") is one."""
    if text.isascii() and ENDS_IN_JOB.search(text):
        return cut[0] if (cut := latin_run_in(text)) else ""
    return person_name(text)


def framed(box: Text, body: float, title: float) -> bool:
    """Whether a box is in the large type of a card's framed name: larger than the title."""
    return box.em >= 1.25 * body and box.em >= 1.2 * title


def sentence(line: Line) -> bool:
    return bool(CLAUSE.search(line.text))


def _two_roles(text: str) -> bool:
    """Whether a line is a name, a known organisation and a job, then a second role after a comma
    ("张伟 华为 openEuler 内核技术专家，Kernel SIG Maintainer"): a speaker's, not a sentence."""
    head, _, tail = text.replace("，", ",").partition(",")
    name, firm = split_name(head.strip()) or ("", "")
    listing = re.search("[、;；。]", text) or _name_first(tail)  # "name firm job、name firm job"
    return bool(
        not listing and person(name) and len(organisation(firm.strip())) >= 2 and ENDS_IN_JOB.search(firm)
    )
