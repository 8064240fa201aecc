"""The search side: from what the user typed to talks and pages, best first.

query plans what to ask the index, glossary keeps the table of equivalent
terms (the glossary and CC-CEDICT), ranking weighs what the index answers.
"""

from clkarchive.search.ranking import forum_matches, matched_spans, prepare, search

__all__ = ["forum_matches", "matched_spans", "prepare", "search"]
