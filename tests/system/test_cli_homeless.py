"""The real program on a machine with no home folder (a service account: HOME unset, no passwd
entry), run as another user through setpriv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

NOBODY = 54321  # a user with no passwd entry: no home folder to fall back on


def _homeless(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The real program as a user with no home: HOME unset and no passwd entry to find one in."""
    environ = {
        k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "CLKARCHIVE_")) and k != "HOME"
    }
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-m",
            "clkarchive",
            *args,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ | env,
        timeout=60,
    )


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder another user may write in (pytest's own temporary folders are its owner's alone).

    Skips when that user cannot load the program at all: a checkout in a folder only its owner may
    read (as `mktemp -d` makes them) holds the venv and the editable install out of reach.
    """
    folder = Path(tempfile.mkdtemp(prefix="clkarchive-homeless-"))
    folder.chmod(0o777)
    probe = subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-c",
            "import clkarchive",
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        timeout=60,
    )
    if probe.returncode != 0:
        shutil.rmtree(folder)
        pytest.skip(
            f"another user cannot load this checkout's program: {probe.stderr.strip().splitlines()[-1]}"
        )
    yield folder
    shutil.rmtree(folder)


needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv to drop to a user"
)


@needs_root
@pytest.mark.parametrize("command", [["init"], ["status"], ["search", "zram"], ["sync"]])
def test_no_home_folder_is_a_one_line_usage_error_naming_the_way_out(open_folder, command):
    done = _homeless(open_folder, *command)
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.splitlines()
    assert "HOME is not set" in line and "--config" in line
    assert "XDG_CONFIG_HOME" in line and "XDG_DATA_HOME" in line
    assert not list(open_folder.iterdir())  # nothing half-written


@needs_root
def test_no_home_folder_but_the_xdg_variables_set_works(open_folder):
    tmp_path = open_folder
    done = _homeless(
        tmp_path, "init", XDG_CONFIG_HOME=str(tmp_path / "cfg"), XDG_DATA_HOME=str(tmp_path / "data")
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cfg" / "clkarchive" / "config.toml").is_file()
    assert str(tmp_path / "data" / "clkarchive" / "index") in done.stdout
