"""The index: the only package that touches Whoosh.

Everything the other sides need of the index goes through the names below;
none of them sees a Whoosh object or spells a field name.
"""

from clkarchive.index.store import (
    AGENDA_MARK,
    Index,
    IndexUpdate,
    Published,
    compact,
    documents,
    fileid,
    generation,
    indexed_files,
    open_index,
    pages_of_blob,
    read_published,
    schema,
    source_states,
    speakers_of,
    whoosh_dir,
    write_published,
)

__all__ = [
    "AGENDA_MARK",
    "Index",
    "IndexUpdate",
    "Published",
    "compact",
    "documents",
    "fileid",
    "generation",
    "indexed_files",
    "open_index",
    "pages_of_blob",
    "read_published",
    "schema",
    "source_states",
    "speakers_of",
    "whoosh_dir",
    "write_published",
]
