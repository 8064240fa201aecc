"""What each command loads when it starts, measured in a real process (python -X importtime):
search and status start fast because the libraries of the other sides stay unloaded.
"""

from __future__ import annotations

import subprocess
import sys

from helpers import run_process


def test_search_loads_nothing_of_the_web_stack(web_archive):
    result = run_process(
        "search", "zram", config=web_archive.config.path, env={"PYTHONPROFILEIMPORTTIME": "1"}
    )
    lines = [line for line in result.stderr.splitlines() if "|" in line]
    loaded = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in lines}
    assert "whoosh" in loaded  # the check itself works
    assert not loaded & {"starlette", "uvicorn", "jinja2", "markupsafe", "pypdfium2", "PIL", "anyio"}


def test_search_loads_neither_pdfminer_nor_pygit2(web_archive):
    """Search must start fast: the sync-only libraries stay unloaded (python -X importtime), and so
    does rapidfuzz while no word is to be corrected (zram is in the decks)."""
    result = run_process(
        "search", "zram", config=web_archive.config.path, env={"PYTHONPROFILEIMPORTTIME": "1"}
    )
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "whoosh.qparser" in loaded  # the check itself works
    sync_only = ("pdfminer", "pygit2", "pptx", "requests", "rapidfuzz")
    assert not {m for m in loaded if m.split(".")[0] in sync_only}


def test_status_imports_neither_the_scheduler_nor_writes_attempts():
    code = (
        "import sys, clkarchive.status as s; "
        "assert 'clkarchive.cron' not in sys.modules, 'schedule imported'; "
        "assert not hasattr(s, 'record_attempts'), 'status writes attempts'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_no_change_sync_loads_neither_extraction_nor_index_readers(project, upstream, talks):
    """A no-change sync is almost all start-up: it imports what mirroring needs and nothing else."""
    upstream.commit(talks)
    assert run_process("sync", config=project).returncode == 0
    result = run_process("sync", "--quiet", config=project, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 0 and result.stdout == ""
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "pygit2" in loaded  # the check itself works
    unwanted = {"pdfminer", "pptx", "requests", "urllib3", "concurrent"}
    assert not {m for m in loaded if m.split(".")[0] in unwanted}
    ours = {
        "clkarchive.sync.extract",
        "clkarchive.sync.layout",
        "clkarchive.search.ranking",
        "clkarchive.index.analysis",
    }
    assert not loaded & ours
    assert not loaded & {"whoosh.searching", "whoosh.reading", "whoosh.qparser", "multiprocessing"}
