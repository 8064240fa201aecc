"""The search side: from what the user typed to talks and pages, best first.

query plans what to ask the index, glossary keeps the table of equivalent
terms (the glossary and CC-CEDICT), ranking weighs what the index answers,
snippets show and mark where a page says the query's words. What they ask of
the index goes through clkarchive.index.searching: this package imports no
Whoosh and names no field.
"""

from clkarchive.search.ranking import forum_matches, prepare, search
from clkarchive.search.snippets import matched_spans

__all__ = ["forum_matches", "matched_spans", "prepare", "search"]
