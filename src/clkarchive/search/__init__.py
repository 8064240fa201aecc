"""The search side: from what the user typed to talks and pages, best first.

query plans what to ask the index, glossary keeps the table of equivalent
terms (the glossary and CC-CEDICT), ranking weighs what the index answers.
"""

from clkarchive.search.ranking import MAX_QUERY_CHARS, forum_matches, search

__all__ = ["MAX_QUERY_CHARS", "forum_matches", "search"]
