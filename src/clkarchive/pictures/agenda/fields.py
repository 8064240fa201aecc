"""A slot printed as labelled fields, one a line: "议题：title", "嘉宾：name", "单位：affiliation".

An article or a mail lists each talk as fields under its "时间：" line (a WeChat account's
programme); the labels say what each line is, so no type size or position has to. A line with no
label goes on the field before it (a wrapped title, a biography's second line); a line with no
label before any field (a talk's number tag, "议题 01") is no field. A second title field opens a
second talk of the same time ("议题一：…", "议题二：…", two short talks in one slot). A speaker
field is read only where each name is a person's beyond doubt, alone or cut surely from the
affiliation it runs into; else the talk's speakers are withheld, never guessed.
"""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.geometry import Line, Text
from clkarchive.pictures.agenda.kinds import kind_of
from clkarchive.pictures.agenda.panels import panel
from clkarchive.pictures.agenda.records import Slot
from clkarchive.pictures.agenda.run_in import run_in
from clkarchive.pictures.agenda.words import LIST, PUNCTUATION, SPEAKER_WORDS, join, person

# A label ends in a colon, or is set in brackets ("【嘉宾】张伟"): a word alone is no label.
_END = r"\s*(?:[】\]]\s*[:：]?|[:：])\s*"
_FIELDS = tuple(
    (name, re.compile(r"[【\[]?(?:" + words + ")" + _END, re.I))
    for name, words in (
        ("title", r"(?:议题|题目|主题|演讲主题|Topic|Title)\s*[一二三四五六七八九十\d]{0,2}"),
        ("bio", r"嘉宾简介|讲者简介|个人简介|简介|Bio"),
        ("speakers", SPEAKER_WORDS),
        ("host", r"主持人?|Host|Moderator"),  # a panel's, read by panel()
        ("affiliation", r"单位|公司|机构|Affiliation|Company"),
    )
)
# A talk's number tag over its fields: "议题 01", "议题04 · 同场短议题", "Talk 3".
_TAG = re.compile(r"(?:议题|题目|演讲|报告|Talk|Session)\s*\d{1,2}(?![\d:：])", re.I)
_BRACKETED = re.compile(r"\s*([^\s()（）]+?)\s*[(（]([^()（）]+)[)）]\s*")  # "孔德成（中国移动云能力中心）"


def labelled(lines: list[Line]) -> list[tuple[str, str]] | None:
    """The slot's fields in order, (label, text), where its lines print a title field and a
    speakers field; else None (not a slot of labelled fields)."""
    fields: list[tuple[str, str]] = []
    for line in lines:
        label = next(((name, m) for name, p in _FIELDS if (m := p.match(line.text))), None)
        if label is not None:
            fields.append((label[0], line.text[label[1].end() :].strip()))
        elif _TAG.match(line.text):
            fields.append(("tag", ""))  # the next talk's number tag ends this one's fields
        elif fields and fields[-1][0] == "speakers":
            # a speaker's line under the label's (a second speaker, "钟雨晴 中国科学技术大学…"): an
            # entry of its own, never run into the first's affiliation
            fields[-1] = (fields[-1][0], f"{fields[-1][1]}\n{line.text}")
        elif fields:
            fields[-1] = (fields[-1][0], join([fields[-1][1], line.text]))
    said = {name for name, _ in fields}
    return fields if {"title", "speakers"} <= said else None


def fields_slots(
    times: tuple[str | None, str | None], lines: list[Line], fields: list[tuple[str, str]], sure: float
) -> list[Slot]:
    """The talks (or the panel) of a slot of labelled fields; see labelled."""
    start, end = times
    title = next(text for name, text in fields if name == "title")
    if kind_of(title) == "panel":  # its host and guests are read as any panel's, past its label
        at = next(k for k, line in enumerate(lines) if kind_of(line.text) == "panel")
        box = lines[at].boxes[-1]
        return [
            panel(start, end, [Line((Text(title, box.x0, box.y0, box.x1, box.y1),)), *lines[at + 1 :]], sure)
        ]
    talks: list[dict[str, list[str]]] = []
    for name, text in fields:
        if name == "title" or not talks:
            talks.append({"title": [], "speakers": [], "affiliation": [], "bio": [], "host": []})
        if name != "tag":
            talks[-1][name].append(text)
    return [_talk(start, end, talk, sure) for talk in talks if talk["title"]]


def _talk(start: str | None, end: str | None, talk: dict[str, list[str]], sure: float) -> Slot:
    names: list[str] = []
    roles: list[str] = []
    whole = True
    for text in (line for field in talk["speakers"] for line in field.split("\n")):
        for entry in LIST.split(text) if not _BRACKETED.fullmatch(text) else [text]:
            m = _BRACKETED.fullmatch(entry)
            # "孔德成（中国移动云能力中心）", or a name run into its affiliation where the cut is sure
            # ("胡军 谷歌Android内核团队软件工程师")
            name, role = (person(m[1]), m[2].strip(PUNCTUATION)) if m else run_in(entry) or ("", "")
            whole = whole and bool(name)
            names.append(name)
            roles.append(role)
    firms = [t.strip(PUNCTUATION) for t in talk["affiliation"]]
    if firms and not any(roles):
        roles = [join(firms)] * len(names)
    return Slot(
        kind_of(talk["title"][0]),
        start,
        end,
        join(talk["title"]).strip(" :：-—|｜"),
        tuple(n for n in names if n) if whole else (),
        tuple(roles) if whole and any(roles) else (),
        join(talk["bio"]),
        time_sure=sure,
        speakers_sure=sure if whole and names else 0.0,
    )
