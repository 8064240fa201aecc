"""clkarchive: mirror the China Linux Kernel Developers Conference slides and search them.

    from clkarchive import Archive
    archive = Archive.from_path("config.toml")
    for talk in archive.search("scalable mode PASID").results: ...
"""

from clkarchive.archive import Archive, TalkEntry
from clkarchive.errors import ClkError
from clkarchive.search import PageHit, SearchResult, TalkHit

__version__ = "0.1.0"
__all__ = ["Archive", "ClkError", "PageHit", "SearchResult", "TalkEntry", "TalkHit", "__version__"]
