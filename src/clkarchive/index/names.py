"""Chinese speakers' names in pinyin, so "Li Zefan", "Zefan Li" or "Kai-xian" find 李泽帆 and 杨铠衔.

English reports of the conference write names in pinyin, surname first or
last, with or without tone marks and hyphens. The index keeps, for each name
written in Chinese characters, the surname and the given name joined, and
each syllable: 李泽帆 -> "li zefan ze fan". The query side drops tone marks
and joins hyphenated words, so every spelling above meets one of these tokens.
pypinyin (a maintained package with its own data) is imported only by a sync and by the speaker pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from clkarchive.index.analysis import is_cjk

# Surnames of two characters, and surnames read otherwise than the character usually is.
DOUBLE_SURNAMES = frozenset(
    [
        "欧阳",
        "司马",
        "诸葛",
        "上官",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "独孤",
        "南宫",
        "端木",
        "百里",
        "西门",
        "万俟",
    ]
)
_SURNAME_READINGS = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "朴": "piao", "区": "ou", "查": "zha",
    "乐": "yue", "盖": "ge", "缪": "miao", "覃": "qin", "翟": "zhai", "秘": "bi", "员": "yun",
    "万俟": "moqi", "尉迟": "yuchi", "长孙": "zhangsun", "繁": "po", "种": "chong", "沈": "shen",
}  # fmt: skip


def pinyin_of(speakers: Iterable[str]) -> str:
    """The pinyin forms of every speaker named in Chinese characters, for the speakers_pinyin field."""
    out = []
    for name in speakers:
        read = reading(name)
        if read is None:
            continue
        family, syllables = read
        out.append(
            " ".join([family, "".join(syllables), *syllables] if len(syllables) > 1 else [family, *syllables])
        )
    return "; ".join(out)


def paired(speakers: Iterable[str], pinyin: str) -> list[tuple[str, str]]:
    """Each speaker with the pinyin pinyin_of gave the name ("" for a name not in Chinese
    characters, which pinyin_of leaves out): what a search reads back from the index."""
    forms = iter(pinyin.split("; ") if pinyin else ())
    return [(name, next(forms, "") if in_characters(name) else "") for name in speakers]


def in_characters(name: str) -> str:
    """The name without its spaces (张 三 is 张三) when it is written in Chinese characters, else ""."""
    name = "".join(name.split())
    return name if name and all(is_cjk(c) for c in name) else ""


def reading(name: str) -> tuple[str, list[str]] | None:
    """A name in Chinese characters read aloud: its surname's pinyin and its given name's syllables
    (李泽帆 -> ("li", ["ze", "fan"])); None for a name in another script. The index's pinyin and the
    speaker pages' both come from here, so a name spelt one way finds the other."""
    from pypinyin import lazy_pinyin

    name = in_characters(name)
    if not name:
        return None
    cut = 2 if name[:2] in DOUBLE_SURNAMES and len(name) > 2 else 1
    surname, given = name[:cut], name[cut:]
    return _SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname)), lazy_pinyin(given)
