"""What more than one step of reading an agenda needs of text: names, forum names, joining, comparing.

One definition each, so that reading a poster, reconciling posters and
matching decks cannot drift apart on what counts as a person's name, a
forum's heading or the same title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_FORUM = re.compile(r"^[0-9Oo]{0,2}[\W_]*(.{0,16}?(?:主论坛|分论坛))$")
HOST = re.compile(r"主持人?\s*[:：]?\s*(.*)")
CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?: ?[A-Z][a-z]+){1,2}")
PUNCTUATION = " :：,，、;；.。·•"


def forum_name(text: str) -> str:
    m = _FORUM.match(re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))
    return m.group(1) if m and not HOST.search(m.group(1)) else ""


def person_name(text: str) -> str:
    """text as a person's name ("郭 任" -> "郭任", "KuzinArtem" -> "Kuzin Artem"), or ""."""
    text = unicodedata.normalize("NFKC", text).strip()
    cjk = re.sub(r"\s+", "", text)
    if CJK_NAME.fullmatch(cjk):
        return cjk
    latin = " ".join(text.split())
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", latin) if _LATIN_NAME.fullmatch(latin) else ""


def join(parts: Iterable[str]) -> str:
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


def norm(text: str) -> str:
    """A title or forum name for comparing: NFKC, casefolded, letters and digits only."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def forum_key(name: str) -> str:
    return norm(re.sub(r"分论坛|论坛|forum", "", name, flags=re.I))
