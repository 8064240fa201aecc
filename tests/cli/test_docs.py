"""The project's documents: the licence, the README's command reference against --help, and its Python API
example run as written."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest

import clkarchive
from clkarchive.cli import cli
from clkarchive.config import Source, load_config, starter
from clkarchive.sync import sync
from clkarchive.sync.lfs import endpoint
from helpers import ROOT, Upstream, sample_talks, write_config


def test_license_is_mit():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c) 2026 clkarchive contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def fenced_blocks(text: str) -> list[tuple[str, str]]:
    """The ```-fenced blocks of a Markdown text: (language, body) in order."""
    return re.findall(r"^```(\w*)\n(.*?)^```$", text, re.M | re.S)


def readme_section(text: str, heading: str) -> str:
    """From heading to the next heading of its level or above (a `# comment` in a code block is none)."""
    start = text.index(heading)
    level = len(heading) - len(heading.lstrip("#"))
    rest = text[start + len(heading) :]
    blanked = re.sub(r"^```.*?^```$", lambda m: re.sub(r"[^\n]", " ", m.group()), rest, flags=re.M | re.S)
    end = re.search(rf"^#{{1,{level}}} ", blanked, re.M)
    return text[start : start + len(heading) + (end.start() if end else len(rest))]


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


def command_words(line: str) -> list[str]:
    """A shell line's words up to its first pipe, list, redirection or comment."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    words = list(lexer)
    cut = next((i for i, word in enumerate(words) if set(word) <= set("|;&<>()")), len(words))
    return words[:cut]


def command_lines(readme: str) -> list[str]:
    """Every clkarchive command line the README shows: the lines of its shell blocks (after a `$ `
    prompt or bare) and its inline code that starts with `clkarchive ` or with a command's name and
    an option (`sync --retry-failed`)."""
    lines = []
    for language, block in fenced_blocks(readme):
        for line in block.splitlines() if language in ("", "sh") else ():
            line = line.removeprefix("$ ")
            if line.startswith("clkarchive "):
                lines.append(line)
    names = "|".join(cli.commands)
    prose = re.sub(r"^```.*?^```$", "", readme, flags=re.M | re.S)
    for span in re.findall(r"`([^`\n]+)`", prose):
        if span.startswith("clkarchive ") or re.match(rf"(?:{names}) --", span):
            lines.append(span if span.startswith("clkarchive ") else f"clkarchive {span}")
    return lines


def test_readme_command_lines_parse():
    """Every command line the README shows names a real command with real options and values, as
    `--help` lists them: a renamed or removed option, or one the README made up, fails here."""
    lines = command_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(lines) > 30, lines  # the README's examples were found
    for line in lines:
        args = command_words(line)[1:]
        while args and args[0] in ("--config", "--color"):  # the group's options, before the command
            args = args[2:]
        if args in ([], ["--version"], ["--help"]):
            continue
        name, *rest = args
        command = cli.commands.get(name)
        assert command is not None, f"the README's `{line}`: no command {name!r}"
        try:
            command.make_context(name, rest, resilient_parsing=False).close()
        except click.exceptions.Exit:
            pass  # --help
        except click.UsageError as exc:
            pytest.fail(f"the README's `{line}` does not parse: {exc.format_message()}")


def test_readme_and_starter_config_agree():
    """The README's commented [archive] defaults are the ones `clkarchive init` writes, and the LFS
    endpoint it says an http(s) url gets is the one a sync asks."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme_section(readme, "## Configuration")
    written = starter()
    defaults = [line for line in written.splitlines() if re.match(r"# \w+ = \S+ +# ", line)]
    assert defaults, written
    for line in defaults:
        assert line in section, f"the README's starter config lacks or changed: {line}"
    assert "<url>/info/lfs" in written and "`<url>/info/lfs`" in section
    github = endpoint(Source(name="CLK2025", url="https://github.com/ChinaLinuxKernel/CLK2025.git"))
    assert f"default: {github}" in section


def python_api_example(readme: str) -> tuple[str, str]:
    """The README's Python API example and the output it shows for it."""
    section = readme_section(readme, "## Python API")
    (_, code), (_, shown) = fenced_blocks(section)[:2]
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
