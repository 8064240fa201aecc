"""The agenda posters over the real CLK2024: the recorded OCR boxes laid over a real sync."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from clkarchive import index
from clkarchive.config import load_config
from clkarchive.pictures.ocr import pages_to_json
from helpers import clk2024_posters, reading, run_process, write_config


def talk_rows(config: Path) -> list[dict]:
    return json.loads(run_process("talks", "--json", config=config).stdout)


CORPUS = os.environ.get("CLKARCHIVE_CORPUS")


@pytest.mark.skipif(not CORPUS, reason="set CLKARCHIVE_CORPUS to a corpus folder")
def test_talks_shows_every_clk2024_deck_with_its_posters_speakers_and_time(tmp_path):
    """The issue's check, through the real program: a synced CLK2024, its posters' recorded OCR applied."""
    from clkarchive.sync import apply_agenda

    upstream = tmp_path / "CLK2024.git"
    subprocess.run(
        [str(Path(CORPUS or "") / "make-upstream"), str(upstream)], check=True, capture_output=True
    )
    config = write_config(tmp_path / "config.toml", str(upstream))  # OCR off: its boxes come recorded
    assert run_process("sync", config=config).returncode == 0
    loaded = load_config(config)
    store = index.Store(loaded.index_dir)
    assert not [t for t in talk_rows(config) if t["kind"] == "agenda"]  # no poster read yet: no agenda
    # What the OCR pass keeps of each poster (test_ocr.py reads real ones): the recorded boxes, by blob.
    blobs = {f.talk.path: f.blob for f in store.files("CLK2024")}
    update = store.update()
    for path, found in clk2024_posters().items():
        update.set_ocr(blobs[path], pages_to_json({1: found}))
    update.commit()
    assert run_process("sync", config=config).returncode == 0  # lays the agenda over the talks
    assert not apply_agenda(store, loaded.sources[0], clk2024_posters())  # nothing new: nothing written
    resync = run_process("sync", config=config)
    assert resync.returncode == 0 and "+0 ~0 -0" in resync.stdout, resync.stdout  # the agenda is no change

    rows = talk_rows(config)
    by_path = {r["path"]: r for r in rows if r["kind"] == "slides"}
    agenda_only = {(r["forum"], r["start"]): r for r in rows if r["kind"] == "agenda"}
    assert len(by_path) == 22 and len(agenda_only) == 17  # 16 decks too big for the corpus, 1 never published
    for row in reading():
        talk = by_path.get(row["deck"]) or agenda_only[(row["forum"], row["start"])]
        assert talk["start"] == row["start"] and talk["end"] == row["end"] and talk["date"] == "2024-10-26"
        if row["deck"] != "内存分论坛/6-基于 BPF 的 OOM 设计与实践.pdf":  # 周俶易, read 周傲易
            assert tuple(talk["speakers"]) == tuple(row["speakers"].split("、")), row
    assert all(r["pages"] == 0 and r["path"].endswith(".webp") for r in agenda_only.values())
    memory = run_process("talks", "--forum", "Memory", config=config).stdout.splitlines()
    assert memory[0].split("\t")[3] == "time"
    assert any(
        "\t2024-10-26 15:10-15:40\t大小页感知的高效内存数据重删技术研究\t张哲华\tagenda\t" in ln
        for ln in memory
    )
    assert all("\t内存分论坛\t" in ln for ln in memory[1:])
    for name, title in [("白铠豪", "稀疏文件零页填充"), ("张哲华", "大小页感知的高效内存数据重删技术研究")]:
        found = json.loads(run_process("search", "--json", name, config=config).stdout)
        assert found["results"][0]["title"] == title
