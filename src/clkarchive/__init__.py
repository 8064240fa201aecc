"""clkarchive: mirror the China Linux Kernel Developers Conference slides and search them.

from clkarchive import Archive
archive = Archive.from_path("config.toml")
for talk in archive.search("scalable mode PASID").results: ...
"""

from typing import TYPE_CHECKING, Any

from clkarchive.archive import Archive, TalkEntry
from clkarchive.errors import ClkError

if TYPE_CHECKING:
    from clkarchive.search import PageHit, SearchResult, TalkHit

__version__ = "0.1.0"
__all__ = ["Archive", "ClkError", "PageHit", "SearchResult", "TalkEntry", "TalkHit", "__version__"]


def __getattr__(name: str) -> Any:
    """The search results' classes, imported when asked for: a sync never needs the query parser."""
    if name in ("PageHit", "SearchResult", "TalkHit"):
        from clkarchive import search

        return getattr(search, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
