"""clkarchive: mirror the China Linux Kernel Developers Conference slides and search them.

    from clkarchive import Archive
    archive = Archive.from_path("config.toml")
    for talk in archive.search("scalable mode PASID").results: ...

Everything the Archive's methods take and return is exported here.
"""

from clkarchive._version import __version__
from clkarchive.archive import Archive, TalkEntry
from clkarchive.config import Config, Source, load_config
from clkarchive.errors import (
    ClkError,
    ConfigError,
    IndexDamagedError,
    LockedError,
    NotSyncedError,
    QueryError,
    TemporaryError,
    UnreachableError,
    UsageError,
)
from clkarchive.models import (
    PLAIN,
    Failure,
    IndexedFile,
    Marks,
    PageHit,
    Progress,
    SearchResult,
    SourceStatus,
    SyncReport,
    Talk,
    TalkHit,
)

__all__ = [
    "PLAIN",
    "Archive",
    "ClkError",
    "Config",
    "ConfigError",
    "Failure",
    "IndexDamagedError",
    "IndexedFile",
    "LockedError",
    "Marks",
    "NotSyncedError",
    "PageHit",
    "Progress",
    "QueryError",
    "SearchResult",
    "Source",
    "SourceStatus",
    "SyncReport",
    "Talk",
    "TalkEntry",
    "TalkHit",
    "TemporaryError",
    "UnreachableError",
    "UsageError",
    "__version__",
    "load_config",
]
