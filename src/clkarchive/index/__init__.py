"""The index: the only package that touches Whoosh or spells a field name.

The other sides see typed records (models.IndexedFile, PageText, SourceState)
and three handles: a Store that a sync reads and changes, the IndexUpdate it
publishes in one commit, and a Snapshot (one generation, for readers).
"""

from clkarchive.index.opening import nothing_published
from clkarchive.index.published import Published, generation, read_published, whoosh_dir, write_published
from clkarchive.index.snapshot import Snapshot
from clkarchive.index.store import IndexUpdate, Store

__all__ = [
    "IndexUpdate",
    "Published",
    "Snapshot",
    "Store",
    "generation",
    "nothing_published",
    "read_published",
    "whoosh_dir",
    "write_published",
]
