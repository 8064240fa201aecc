"""What kind of slot a time's lines are, by their words: a break, a panel, a ceremony, else a talk."""

from __future__ import annotations

import re

from clkarchive.pictures.agenda.words import BREAK

_KINDS = (
    ("break", BREAK),
    ("panel", re.compile(r"圆桌|panel|对话", re.I)),
    # an English word of a ceremony names one where it opens the title ("Opening Remarks",
    # "Welcome"); further in, it is the title's own word ("…: closing the performance gap")
    # "本分论坛结束", "会议结束": the programme's end, printed as its last slot
    (
        "ceremony",
        re.compile(
            r"开场|开幕|致辞|闭幕|签到|合影|颁奖|抽奖|^\W*(?:opening|closing|welcome)\b|^\W*(?:本|全天|上午|下午)?(?:场|分?论坛|会议|大会|活动|议程)?结束",
            re.I,
        ),
    ),
)
# An opening or a guest's address: a ceremony that a person gives
_ADDRESS = re.compile(r"致辞|\bwelcome\b|opening (?:remarks|address)", re.I)
BADGE = re.compile(r"keynote|invited talk|主旨演讲|主题演讲|特邀报告|特邀演讲", re.I)


def kind_of(head: str) -> str:
    """A slot's kind by what its first lines say: a break, a panel, a ceremony, else a talk."""
    return next((kind for kind, pattern in _KINDS if pattern.search(head)), "talk")


def is_address(title: str) -> bool:
    """Whether a title is an opening or a guest's address (read as a talk where a person gives it:
    no talk of the forum's numbered list, which the decks' file names count)."""
    return bool(_ADDRESS.search(title)) and kind_of(title) == "ceremony"


def break_title(title: str) -> bool:
    """Whether a talk's title is a break's: short, and a break's words ("茶歇 Coffee Break")."""
    return len(title) <= 20 and kind_of(title) == "break"
