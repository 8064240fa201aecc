"""An index whose tokens an older clkarchive cut: rebuilt by the next sync, keeping what OCR read."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

from clkarchive import Archive, index
from clkarchive.config import load_config
from clkarchive.index.analysis import MixedTokenizer
from clkarchive.index.schema import schema
from clkarchive.models import Talk
from clkarchive.sync import sync
from helpers import Upstream, make_pdf, write_config

# The same program with the previous tokenizer, as an older clkarchive wrote its index and summary.
OLDER = """
import sys
import clkarchive.index.analysis as analysis
import clkarchive.index.published as published
analysis.MixedTokenizer.VERSION = analysis.MixedTokenizer.VERSION - 1
published._VERSION = published.__version__
from clkarchive.cli import main
main()
"""


def test_the_next_sync_rebuilds_an_index_whose_tokens_an_older_clkarchive_cut(tmp_path):
    """The sync that finds every source unchanged skips the index; another tokenizer's it must not."""
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"存储分论坛/1-Discard.pdf": make_pdf("Discard", "fs/f2fs/data.c")})
    path = write_config(tmp_path / "config.toml", upstream.url)
    subprocess.run(
        [sys.executable, "-c", OLDER, "--config", str(path), "sync"], check=True, capture_output=True
    )
    config = load_config(path)

    sync(config)

    with Archive(config) as archive:
        assert [hit.path for hit in archive.search("data.c").results] == ["存储分论坛/1-Discard.pdf"]
    assert [p.name.split("-")[0] for p in (tmp_path / "index").glob("whoosh.*")] == ["whoosh.old"]


def test_a_rebuilt_index_keeps_what_ocr_read_in_the_old_one(tmp_path):
    """Reading every picture again takes minutes; OCR results are by blob, whatever the tokens."""
    from whoosh import index as whoosh_index

    older = copy.deepcopy(schema())
    older["content"].analyzer.version = MixedTokenizer.VERSION - 1
    where = index.whoosh_dir(tmp_path)
    where.mkdir(parents=True)
    ix = whoosh_index.create_in(str(where), older)
    with ix.writer() as writer:
        writer.add_document(kind="ocr", blob="b1", ocr_boxes='{"read": "poster"}')
        writer.add_document(kind="ocr", blob="b2", ocr_boxes='{"read": "gone"}')
    ix.close()

    store = index.Store(tmp_path, create=True)
    assert store.ocr_results() == {"b1": '{"read": "poster"}', "b2": '{"read": "gone"}'}
    with store.update() as update:
        update.add("CLK2024", "b1", Talk("p.png", "material", "f", "f", None, "poster"), ["poster"])
    with store.update() as update:
        update.drop_unused_ocr()
    store.close()
    assert index.Store(tmp_path).ocr_results() == {"b1": '{"read": "poster"}'}
    assert Path(tmp_path, "whoosh").exists() and list(tmp_path.glob("whoosh.old-*"))


# The same program with the previous agenda reader, as an older clkarchive laid its agenda.
OLDER_AGENDA = """
import clkarchive.index.published as published
now = f"agenda {published.AGENDA_VERSION}"
published._VERSION = published._VERSION.replace(now, f"agenda {published.AGENDA_VERSION - 1}")
from clkarchive.cli import main
main()
"""


def test_the_next_sync_lays_the_agenda_again_where_an_older_reader_laid_it(tmp_path):
    """A sync that finds every source unchanged skips the index, and with it the agenda step: after a
    reader that reads posters otherwise (an address given by a person now a talk), it must not."""
    upstream = Upstream(tmp_path / "upstream")
    upstream.commit({"存储分论坛/1-Discard.pdf": make_pdf("Discard", "fs/f2fs/data.c")})
    path = write_config(tmp_path / "config.toml", upstream.url)
    subprocess.run(
        [sys.executable, "-c", OLDER_AGENDA, "--config", str(path), "sync"], check=True, capture_output=True
    )
    config = load_config(path)
    assert index.read_published(config) is None  # the older reader's summary is not trusted

    sync(config)

    assert index.read_published(config) is not None  # opened, the agenda laid again, summarised anew
