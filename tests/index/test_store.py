"""The index's store: segments merged when deletions pile up."""

from __future__ import annotations

from clkarchive import index


def test_a_sync_that_leaves_many_deleted_documents_merges_the_index(tmp_path):
    """Searches open every segment and skip dead postings at each start: a sync that rewrote most
    decks (as reading pictures does) leaves one segment; one that changed little leaves them be."""
    from whoosh import index as whoosh_index

    from clkarchive.models import Talk

    store = index.Store(tmp_path, create=True)

    def deck(n: int) -> Talk:
        return Talk(f"f/{n}-deck.pdf", "slides", "f", "f", n, f"deck {n}")

    for n in range(3):
        update = store.update()
        update.add("CLK2024", f"blob{n}", deck(n), [f"page {p}" for p in range(12)])
        update.commit()

    def shape() -> tuple[int, int, int]:
        with whoosh_index.open_dir(str(index.whoosh_dir(tmp_path))).reader() as reader:
            return len(reader.leaf_readers()), reader.doc_count(), reader.doc_count_all()

    assert shape() == (3, 39, 39)
    assert not store.compact()  # nothing deleted, few segments: left as it is
    update = store.update()
    update.remove("CLK2024", deck(0).path)
    update.add("CLK2024", "blob0b", deck(0), ["rewritten"] * 12)
    update.commit()
    segments, live, total = shape()
    assert (live, total) == (39, 52) and segments > 1
    assert store.compact()
    assert shape() == (1, 39, 39)
    assert store.compact() is False
