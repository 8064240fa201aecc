"""`talks --speaker`, and what a sync added as `sync` and `status` name it, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

from starlette.testclient import TestClient

from clkarchive import Archive
from clkarchive.config import load_config
from clkarchive.web import create_app
from helpers import BASE, LONG_TITLE, Upstream, cli_run, make_pdf, two_years


def test_talks_of_a_speaker_in_pinyin_either_order_newest_first(tmp_path: Path):
    config = two_years(tmp_path)
    assert cli_run(config, "sync").exit_code == 0
    for name in ("宋恺睿", "Song Kairui", "kairui song"):
        shown = cli_run(config, "talks", "--speaker", name)
        assert shown.exit_code == 0, shown.output
        lines = shown.output.splitlines()
        assert lines[0] == "宋恺睿 Song Kairui"
        assert [line.split("\t")[3] for line in lines[1:]] == [
            "RISC-V IOMMU Scalable 提案",
            "Memory tiering in practice",
        ]
    as_json = json.loads(cli_run(config, "talks", "--speaker", "li si", "--json").output)
    assert [(p["name"], [t["title"] for t in p["talks"]]) for p in as_json] == [
        ("李四", ["Scheduler latency", LONG_TITLE])
    ]
    missing = cli_run(config, "talks", "--speaker", "Nobody Here")
    assert missing.exit_code == 1 and missing.output.startswith(
        "clkarchive: no speaker is named 'Nobody Here'"
    )
    both = cli_run(config, "talks", "--speaker", "李四", "--year", "2024")
    assert both.exit_code == 2 and "give it alone" in both.output


def summaries(output: str) -> list[str]:
    """The summary line of each source (one a source, new talks named on it)."""
    return [line for line in output.splitlines() if " files, " in line]


def test_sync_and_status_name_the_new_talks_and_the_feed_lists_them(tmp_path: Path):
    config = two_years(tmp_path)
    first = summaries(cli_run(config, "sync").output)
    assert first[0].endswith(
        "; new: “Memory tiering in practice”, “EEVDF notes”, "
        "“Memory tiering, page cache folios and scheduler latency in production kernels”"
    )
    assert first[1].endswith("; new: “RISC-V IOMMU Scalable 提案”, “Scheduler latency”")
    upstream = Upstream(tmp_path / "CLK2024")
    upstream.commit(
        {
            "主论坛/9-Fresh talk——李四.pdf": make_pdf("Fresh talk", "about page cache"),
            "调度分论坛/3-Scheduler latency——San Zhang、李四.pdf": make_pdf("Scheduler latency", "revised"),
        }
    )
    second = cli_run(config, "sync")
    assert second.exit_code == 0
    assert summaries(second.output)[1].endswith("; new: “Fresh talk”")  # the changed deck is not new
    status = cli_run(config, "status").output
    assert "added 1: Fresh talk" in status, status
    with Archive(load_config(config)) as archive, TestClient(create_app(archive), base_url=BASE) as client:
        feed = client.get("/feed.xml").text
    assert feed.index("<title>Fresh talk</title>") < feed.index("<title>Scheduler latency</title>")
    assert feed.count("<entry>") == 5 + 2  # the first sync's five talks, then the new and the changed
    assert "changed: " in feed
