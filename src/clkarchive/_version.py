"""The version, in one place: pyproject.toml reads it from here, and so does every module that names it.
So is the tokenizer's (index/analysis.py), which a sync's summary names without importing the tokenizer,
and the agenda reader's.

A module of its own, imported by nothing but the package's leaves, so that naming the version
never imports the package root (and with it the Archive and everything behind it).
"""

__version__ = "0.1.0"
# Bumped whenever the same text would give other tokens: an index another version cut is rebuilt.
# 2: Snowball's stemmer instead of Whoosh's Porter; 3: runs of compounds' parts, sizes, versions;
# 4: words whose letters a PDF spaced out (k s w a p d) also as the word they spell.
TOKENIZER_VERSION = 4
# Bumped whenever the agenda reader reads the same posters otherwise: the next sync lays the agenda
# over the talks again (a few seconds; no picture is read again), though no repository changed.
# 2: an opening or guest address a person gives is a talk; 3: a panel is a talk of its people,
# and session 13's rules (columns under a header, forums in a table's column, speaker-first cards);
# 4: session 14's (sheets, sidebars, a panel beside a grid, titles in 《》, company：name);
# 5: session 15's (decks matched by their title page, forums spelt as the README's links, a
# labelled time over numbered talks, sponsors' bands, three-line speakers); 6: session 16's (times
# on the rules, speakers' tags, forums side by side each timing its rows, a title page in the other
# language); 7: session 17's (speakers over their title, headings wrapped in a row of headings, a
# table's last row ending at a gap, names centred over their affiliations, panels' tags); 8:
# session 18's (a table's header row and time column, name plates beside biographies, names run
# into real companies the lexicon learnt, two speakers side by side, a team's talk); 9: session
# 19's (centred tables cut by their header, bilingual titles, forums side by side with headings set
# wide, plates on either side of a card, faint digits confirmed by their neighbours, 全 withheld);
# 10: session 20's (web pages' tables and sidebars, a taskbar's clock, OCR's gap read as U+2027, a
# given name's 一, a misread plate that withholds its card, the last card's far plate); 11: session
# 21's (names withheld kept for search, English titles' joining words, makers' products, a Latin
# name run into a misspelt company, a jobless Latin line over a speaker's, no 的 in a name, a
# time column whose titles' boxes overlap it, bullets before titles, "Breaks" in a title); 12:
# session 22's (two name-and-company pairs in one box, a speaker's line under another, a cut at the
# organisation that runs on further, status bars read as one box or with a mark, │ as a bar, a
# heading's first words over its time column, a forum across the page between rows of forums side
# by side, a break's band with its time in a table, a dot read as 。, no 与 in a name, 59 more
# organisations); 13: session 23's (two speakers side by side in a table's row, the second beyond
# the names' column); 14: session 24's (a calendar's marks as its scale, a faint plate as a card's
# last line, a panel's guests over a page's folio, English prepositions in no name).
AGENDA_VERSION = 14
# Bumped whenever OCR reads the same picture otherwise: the next sync reads every picture again (what
# an older one read is kept by blob and would otherwise stand), minutes of OCR once.
# 2: the lines PP-OCRv4 read unsurely read again by PP-OCRv5's recogniser (pictures/reread.py);
# 3: a name's line read again too, for the characters PP-OCRv4 does not know.
OCR_VERSION = 3
