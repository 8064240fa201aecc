"""What reading agendas returns: a poster's schedule, the talks posters agree on, a relabelled source.

Frozen records, apart from the code that makes them, so that callers (the
sync, the bench) can hold and compare them without reaching into the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from clkarchive.models import Talk


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
    # How sure the reading is, 0-1: that these lines are this time's (the time's place among
    # the lines was clear), and that the speakers are read whole (a name cut from its
    # affiliation by the lexicon is less sure than one printed apart).
    time_sure: float = 1.0
    speakers_sure: float = 1.0


@dataclass(frozen=True)
class Forum:
    name: str  # as printed, spaces removed: "内存分论坛"
    host: str = ""
    host_affiliation: str = ""
    slots: tuple[Slot, ...] = ()
    date: str | None = None  # the day printed above it, on a poster of several days

    @property
    def talks(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "talk"]


@dataclass(frozen=True)
class Schedule:
    """What one poster says."""

    poster: str  # its path in the repository
    date: str | None  # "YYYY-MM-DD"; of a poster of several days, the first
    place: str
    forums: tuple[Forum, ...]
    # It covers several days ("11月8日-9日", or two days read): a forum whose own day was not
    # read is of no known day, never of the first by default.
    several_days: bool = False


@dataclass(frozen=True)
class AgendaTalk:
    """A talk as the posters of a conference agree on it."""

    forum: str
    number: int  # its place among its forum's talks, from 1
    slot: Slot
    date: str | None
    poster: str  # the poster that shows it best (its forum's own, else the full agenda)
    # Fields read too unsurely to show as fact: field -> why; the slot leaves them empty.
    withheld: tuple[tuple[str, str], ...] = ()
    # The speakers read but withheld: shown only where the talk's deck's title page names the same.
    unsure: tuple[str, ...] = ()


@dataclass(frozen=True)
class Opening:
    """A deck's title page, for matching the deck to its poster talk where its file name says too
    little ("CLK_22_EEIO.pdf") or says it in another language: the first words of its first
    pages (the first may be the conference's banner), where the title and its speakers are
    printed, and the speakers it names surely (sync.title_page). It gives the deck no field but
    one: a list of speakers the poster read unsurely, when it names the same."""

    pages: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relabelling:
    """What the agenda changes in a source: decks with its metadata, and talks only it knows."""

    decks: list[Talk]  # every deck given, completed by the agenda where it lists the talk
    agenda: list[tuple[Talk, str]]  # talks with no deck, with the poster's text about them
    talks: list[AgendaTalk]
    matches: dict[str, float] = field(default_factory=dict)  # deck path -> how sure its match is, 0-1
