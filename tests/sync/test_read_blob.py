"""What the extractor reads of a deck is its blob: the checkout's copy only where it is that blob."""

from __future__ import annotations

import os
import zlib
from pathlib import Path

from clkarchive.config import Source
from clkarchive.sync.mirror import Mirror, read_blob
from helpers import Upstream, make_pdf

DECK = "主论坛/1-deck.pdf"


def mirrored(tmp_path: Path, deck: bytes) -> tuple[Path, str]:
    """A real mirror of an upstream holding the deck; the mirror's folder and the deck's blob."""
    upstream = Upstream(tmp_path / "up")
    upstream.commit({DECK: deck})
    mirror = Mirror(Source(name="CLK2024", url=upstream.url), tmp_path / "mirror" / "CLK2024")
    (tree_file,) = mirror.files(mirror.update())
    return mirror.path, tree_file.blob


def test_a_checked_out_deck_is_read_from_the_checkout_not_inflated_again(tmp_path):
    deck = make_pdf("the deck")
    folder, blob = mirrored(tmp_path, deck)
    # The object in git now says the same size but other bytes: only the checkout's copy reads right.
    loose = folder / ".git" / "objects" / blob[:2] / blob[2:]
    os.chmod(loose, 0o644)
    loose.write_bytes(zlib.compress(b"blob %d\0" % len(deck) + b"x" * len(deck)))
    assert read_blob(folder, blob, DECK) == deck


def test_a_checkout_copy_that_is_not_the_blob_is_not_read(tmp_path):
    deck = make_pdf("the deck")
    folder, blob = mirrored(tmp_path, deck)
    middle = len(deck) // 2
    # Edited by hand, its size kept.
    (folder / DECK).write_bytes(deck[:middle] + bytes([deck[middle] ^ 1]) + deck[middle + 1 :])
    assert read_blob(folder, blob, DECK) == deck
    (folder / DECK).unlink()  # gone from the checkout
    assert read_blob(folder, blob, DECK) == deck
