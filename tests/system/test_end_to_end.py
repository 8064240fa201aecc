"""The real program end to end: search before a sync, a sync, a search, as a user runs them."""

from __future__ import annotations

import json

from helpers import SCALABLE, run_process


def test_end_to_end_through_the_real_program(project, upstream, talks):
    upstream.commit(talks)
    before = run_process("search", "PASID", config=project)
    assert before.returncode == 2 and "clkarchive sync" in before.stderr
    synced = run_process("sync", config=project)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.splitlines()[-1].startswith("CLK2024: ")
    assert "4 pages indexed" not in synced.stdout and "7 pages indexed" in synced.stdout
    found = run_process("search", "--json", "PASID", config=project)
    assert found.returncode == 0 and json.loads(found.stdout)["results"][0]["path"] == SCALABLE
    assert "Traceback" not in found.stderr + synced.stderr + before.stderr
