"""The agenda posters over the real CLK2024: the recorded OCR boxes laid over a real sync."""

from __future__ import annotations

import json
from pathlib import Path

from clkarchive import index
from clkarchive.config import load_config
from clkarchive.pictures.ocr import pages_to_json
from helpers import clk2024_posters, reading, run_process


def talk_rows(config: Path) -> list[dict]:
    return json.loads(run_process("talks", "--json", "--source", "CLK2024", config=config).stdout)


def clk2024_line(synced: str) -> str:
    (line,) = [ln for ln in synced.splitlines() if ln.startswith("CLK2024: ")]
    return line


def test_talks_shows_every_clk2024_deck_with_its_posters_speakers_and_time(corpus_copy):
    """The issue's check, through the real program: a synced CLK2024 (a copy of the session's three
    years, OCR off: its boxes come recorded), its posters' recorded OCR applied (needs CLKARCHIVE_CORPUS)."""
    from clkarchive.sync import apply_agenda

    config = corpus_copy
    loaded = load_config(config)
    (clk2024,) = [s for s in loaded.sources if s.name == "CLK2024"]
    store = index.Store(loaded.index_dir)
    assert not [t for t in talk_rows(config) if t["kind"] == "agenda"]  # no poster read yet: no agenda
    # What the OCR pass keeps of each poster (test_ocr.py reads real ones): the recorded boxes, by blob.
    blobs = {f.talk.path: f.blob for f in store.files("CLK2024")}
    update = store.update()
    for path, found in clk2024_posters().items():
        update.set_ocr(blobs[path], pages_to_json({1: found}))
    update.commit()
    assert run_process("sync", config=config).returncode == 0  # lays the agenda over the talks
    assert not apply_agenda(store, clk2024, clk2024_posters())  # nothing new: nothing written
    resync = run_process("sync", config=config)
    assert resync.returncode == 0, resync.stderr
    assert "+0 ~0 -0" in clk2024_line(resync.stdout), resync.stdout  # the agenda is no change

    rows = talk_rows(config)
    by_path = {r["path"]: r for r in rows if r["kind"] == "slides"}
    agenda_only = {(r["forum"], r["start"]): r for r in rows if r["kind"] == "agenda"}
    # 16 decks too big for the corpus, 1 never published, 高亮's guest address (嘉宾致辞) and the
    # panel (no deck's)
    assert len(by_path) == 22 and len(agenda_only) == 19
    address = agenda_only[("主论坛", "09:05")]
    assert (address["title"], address["speakers"], address["order"]) == ("嘉宾致辞", ["高亮"], 0)
    panel = agenda_only[("主论坛", "11:20")]
    assert (panel["speakers"][:2], panel["order"]) == (["宋卓", "郭寒军"], 0)
    assert agenda_only[("主论坛", "09:20")]["order"] == 1  # the numbered talks keep the decks' numbers
    for row in reading():
        talk = by_path.get(row["deck"]) or agenda_only[(row["forum"], row["start"])]
        assert talk["start"] == row["start"] and talk["end"] == row["end"] and talk["date"] == "2024-10-26"
        assert tuple(talk["speakers"]) == tuple(row["speakers"].split("、")), row
    assert all(r["pages"] == 0 and r["path"].endswith(".webp") for r in agenda_only.values())
    memory = run_process(
        "talks", "--forum", "Memory", "--source", "CLK2024", config=config
    ).stdout.splitlines()
    assert memory[0].split("\t")[3] == "time"
    assert any(
        "\t2024-10-26 15:10-15:40\t大小页感知的高效内存数据重删技术研究\t张哲华\tagenda\t" in ln
        for ln in memory
    )
    assert all("\t内存分论坛\t" in ln for ln in memory[1:])
    for name, title in [("白铠豪", "稀疏文件零页填充"), ("张哲华", "大小页感知的高效内存数据重删技术研究")]:
        found = json.loads(run_process("search", "--json", name, config=config).stdout)
        assert found["results"][0]["title"] == title
