"""The project's documents: the licence, the README's command reference against --help, and its Python API
example run as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import clkarchive
from clkarchive.cli import cli
from clkarchive.config import load_config
from clkarchive.sync import sync
from helpers import ROOT, Upstream, sample_talks, write_config


def test_license_is_mit():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 clkarchive contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def readme_section(text: str, heading: str) -> str:
    """From heading to the next heading of its level or above."""
    start = text.index(heading)
    level = len(heading) - len(heading.lstrip("#"))
    end = re.search(rf"^#{{1,{level}}} ", text[start + len(heading) :], re.M)
    return text[start : start + len(heading) + (end.start() if end else len(text))]


def test_readme_documents_every_command_and_option():
    """Fails when a command or an option that --help shows is missing from the README's reference."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = readme_section(readme, "## Commands")
    shared = {"--config", "--color", "--help"}
    for option in shared - {"--help"}:
        assert f"`{option}" in commands.split("### ")[0], f"{option} is not documented under ## Commands"
    for name, command in sorted(cli.commands.items()):
        heading = f"### `clkarchive {name}"
        assert heading in commands, f"command {name} has no section in the README"
        section = readme_section(commands, heading)
        for param in command.params:
            for option in param.opts:
                if option.startswith("--") and option not in shared:
                    assert f"`{option}" in section, f"clkarchive {name} {option} is not in the README"


def test_readme_names_the_commands_that_take_json():
    """The README's list of the commands with --json is the CLI's, neither more nor fewer."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    intro = readme_section(readme, "## Commands").split("### ")[0]
    sentence = re.search(r"^(.*?) take `--json`", intro, re.M | re.S)
    assert sentence, "the README's ## Commands does not say which commands take `--json`"
    named = set(re.findall(r"`(\w+)`", sentence.group(1).split(".")[-1]))
    with_json = {
        name for name, command in cli.commands.items() if any("--json" in p.opts for p in command.params)
    }
    assert named == with_json


def python_api_example(readme: str) -> tuple[str, str]:
    """The README's Python API example and the output it shows for it."""
    section = readme_section(readme, "## Python API")
    code, shown = re.findall(r"^```(?:python)?\n(.*?)^```", section, re.M | re.S)[:2]
    return code, shown


def test_readme_python_api_example_runs_as_written(tmp_path):
    """Run where `clkarchive init` leaves a user: the config in ~/.config/clkarchive, the shell in
    any folder; and where a checkout's config.toml is in the current folder."""
    code, shown = python_api_example((ROOT / "README.md").read_text(encoding="utf-8"))
    up = Upstream(tmp_path / "upstream")
    up.commit(sample_talks())
    (tmp_path / "xdg-config" / "clkarchive").mkdir(parents=True)
    config = write_config(tmp_path / "xdg-config" / "clkarchive" / "config.toml", up.url)
    assert not any(r.error for r in sync(load_config(config)))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environ = {k: v for k, v in os.environ.items() if k != "CLKARCHIVE_CONFIG"}
    environ["XDG_CONFIG_HOME"] = str(tmp_path / "xdg-config")
    environ["PYTHONPATH"] = str(Path(clkarchive.__file__).parents[1])  # this clkarchive, from any folder
    line = re.compile(r"\d+ .+ CLK\d{4} \[\d+(, \d+)*\]")
    assert line.fullmatch(shown.strip()), shown  # the README shows what the code prints
    for cwd in (elsewhere, config.parent):
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=cwd, env=environ, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == "1 RISC-V IOMMU Scalable 提案 CLK2024 [3]\n"
        assert line.fullmatch(done.stdout.strip())
