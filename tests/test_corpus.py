"""The real CLK2024 slides: every dev query ranks a relevant talk (and page) first.

Runs only when CLKARCHIVE_CORPUS names a corpus folder such as ../shared/corpus
(with make-upstream in it and eval/dev-queries.json beside it).
"""

import json
import os
import subprocess
from pathlib import Path

import pytest

from clkarchive import Archive
from clkarchive.config import load_config

from conftest import run_process

CORPUS = os.environ.get("CLKARCHIVE_CORPUS")
pytestmark = pytest.mark.skipif(not CORPUS, reason="set CLKARCHIVE_CORPUS to a corpus folder")


@pytest.fixture(scope="module")
def corpus_config(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    upstream = root / "CLK2024.git"
    subprocess.run([str(Path(CORPUS) / "make-upstream"), str(upstream)], check=True, capture_output=True)
    config = root / "config.toml"
    config.write_text(
        f'[archive]\nmirror_dir = "mirror"\nindex_dir = "index"\n\n'
        f'[[sources]]\nname = "CLK2024"\nurl = "{upstream}"\nbranch = "main"\n',
        encoding="utf-8",
    )
    synced = run_process("sync", config=config)
    assert synced.returncode == 0, synced.stderr
    assert " 0 failed" in synced.stdout.splitlines()[-1]
    return config


def dev_queries() -> list[dict]:
    path = Path(CORPUS or ".").resolve().parent / "eval" / "dev-queries.json"
    return json.loads(path.read_text(encoding="utf-8")) if CORPUS else []


@pytest.mark.parametrize("case", dev_queries(), ids=lambda c: c["query"])
def test_dev_query_ranks_a_relevant_talk_and_page_first(corpus_config, case):
    result = Archive(load_config(corpus_config)).search(case["query"])
    assert result.results, f"no results for {case['query']!r}"
    top = result.results[0]
    assert top.path in case["relevant"], [t.path for t in result.results[:5]]
    if wanted := case.get("pages", {}).get(top.path):
        assert top.pages[0].page in wanted


def test_scalable_mode_pasid_through_the_cli(corpus_config):
    found = run_process("search", "--json", "scalable mode PASID", config=corpus_config)
    assert found.returncode == 0, found.stderr
    top = json.loads(found.stdout)["results"][0]
    assert top["path"] == "主论坛/3-RISC-VIOMMU的Scalable 提案(GIPC)及 Linux 技术路线.pdf"
    assert top["pages"][0]["page"] in (11, 12, 13, 14)
    assert Path(top["file"]).is_file()


def test_every_deck_and_poster_is_catalogued(corpus_config):
    listing = run_process("talks", "--json", config=corpus_config)
    rows = json.loads(listing.stdout)
    assert sum(r["kind"] == "slides" for r in rows) == 22
    assert sum(r["kind"] == "material" for r in rows) == 7
    assert all(r["forum_en"] for r in rows if r["kind"] == "slides")
