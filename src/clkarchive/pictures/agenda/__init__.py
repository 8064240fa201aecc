"""Agenda posters, read by OCR, become a schedule; the schedule names the speakers and times of the decks.

A poster is only pictures: OCR gives boxes of text with their position, and
this package rebuilds the structure from the geometry alone, so it holds for
the two layouts seen (CLK2024's one-forum cards: a time, the title, a
biography and the speaker's name in a frame; CLK2023's and CLK2024's full
agendas: a time column, the title and one line per speaker with the
affiliation in small type) and degrades to fewer fields, not wrong ones, on a
layout not seen. Each step is a module:

- geometry: boxes into lines, and each box's type size;
- clock: the times a poster prints, however written;
- poster: a poster's lines into forums, hosts and time slots;
- dates: the poster's date (the event's, never a posting time) and place;
- layout: forums side by side (by their headings), programmes side by side in
  one forum (cards in a grid: by a gutter no line crosses), and each time's lines;
- placement: which times are no talk's (a ruler's hours), and which are unsure of their lines or digits;
- table: a programme printed as a table of fields (time | title | speakers | affiliation);
- reading: a time's lines in the order its talk is read (title, speakers, biographies);
- slots: a slot's lines into its talks, speakers and biographies;
- panels: a panel's host and guests, however listed;
- speakers: a speaker's line, however printed, into names and affiliations, and how sure;
- fields: a slot printed as labelled fields (议题：, 嘉宾：, 单位：);
- consensus: several posters of one conference reconciled talk by talk;
- decks: the talks matched to decks, which gain what the agenda says;
- recordings: the README's recording links per forum;
- words: the names and forum names all of them recognise alike;
- records: what they return.

Everything here is pure: boxes in, records out.
"""

from clkarchive.pictures.agenda.consensus import reconcile
from clkarchive.pictures.agenda.decks import MATCH_SCORE, relabel, unlabelled
from clkarchive.pictures.agenda.poster import GAP_LINES, MIN_CONFIDENCE, parse
from clkarchive.pictures.agenda.recordings import forum_links
from clkarchive.pictures.agenda.records import AgendaTalk, Forum, Opening, Relabelling, Schedule, Slot

__all__ = [
    "GAP_LINES",
    "MATCH_SCORE",
    "MIN_CONFIDENCE",
    "AgendaTalk",
    "Forum",
    "Opening",
    "Relabelling",
    "Schedule",
    "Slot",
    "forum_links",
    "parse",
    "reconcile",
    "relabel",
    "unlabelled",
]
