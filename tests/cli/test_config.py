"""The config file: where it is found, what its keys mean, how a bad one is reported."""

import re
from pathlib import Path

import pytest

from clkarchive.config import config_path, load_config
from clkarchive.errors import ConfigError
from helpers import cli_run, invoke, write_config

GOOD = """
[archive]
mirror_dir = "m"
index_dir = "i"

[[sources]]
name = "CLK2024"
url = "https://github.com/ChinaLinuxKernel/CLK2024.git"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_are_relative_to_the_config_file(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    assert config.mirror_dir == tmp_path / "m"
    assert config.index_dir == tmp_path / "i"
    assert config.sources[0].branch == "main"
    assert config.mirror_of(config.sources[0]) == tmp_path / "m" / "CLK2024"


def test_a_tilde_is_the_home_folder_as_the_starter_config_writes_it(tmp_path, monkeypatch):
    """The starter config's comments write the defaults as "~/.local/share/clkarchive/mirror": a
    user who uncomments them means their home folder. Before, the path was taken relative to the
    config file, and the sync cloned into a folder named "~" beside it."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    text = GOOD.replace('"m"', '"~/data/m"').replace('"i"', '"~/data/i"')
    config = load_config(
        write(tmp_path, text.replace("[[sources]]", 'log_file = "~/sync.log"\n\n[[sources]]', 1))
    )
    assert config.mirror_dir == tmp_path / "home" / "data" / "m"
    assert config.index_dir == tmp_path / "home" / "data" / "i"
    assert config.log_file == tmp_path / "home" / "sync.log"
    monkeypatch.delenv("HOME")
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    with pytest.raises(ConfigError, match="~ names no home folder here"):
        load_config(write(tmp_path, GOOD.replace('"m"', '"~/data/m"')))


def test_local_source_paths_are_relative_to_the_config_file(tmp_path):
    config = load_config(write(tmp_path, GOOD.replace("https://github.com/ChinaLinuxKernel/", "../up/")))
    assert config.sources[0].url == str((tmp_path / "../up/CLK2024.git").resolve())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[archive\n", "not valid TOML"),
        (
            GOOD.replace('url = "https://github.com/ChinaLinuxKernel/CLK2024.git"', ""),
            "sources[0].url: missing key",
        ),
        (GOOD.replace('index_dir = "i"', "index_dir = 3"), "archive.index_dir: must be str, not int"),
        (GOOD.replace('name = "CLK2024"', 'name = "../etc"'), "sources[0].name"),
        (GOOD.replace('name = "CLK2024"', 'name = "a/b"'), "sources[0].name"),
        (GOOD.replace('name = "CLK2024"', 'name = "x\\n"'), "sources[0].name"),
        (GOOD + GOOD.split("\n", 5)[-1], "duplicate source name"),
        ("[archive]\nmirror_dir='m'\nindex_dir='i'\n", "sources: at least one"),
        (GOOD.replace('index_dir = "i"', 'index_dir = "i"\nworkers = true'), "archive.workers: must be int"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_config_path_precedence(tmp_path, monkeypatch):
    """--config, then $CLKARCHIVE_CONFIG, then ./config.toml, then $XDG_CONFIG_HOME/clkarchive/config.toml."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("CLKARCHIVE_CONFIG", str(tmp_path / "env.toml"))
    assert config_path(str(tmp_path / "opt.toml")) == tmp_path / "opt.toml"
    assert config_path(None) == tmp_path / "env.toml"
    monkeypatch.delenv("CLKARCHIVE_CONFIG")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError, match="clkarchive init"):
        config_path(None)
    user = tmp_path / "xdg" / "clkarchive" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text(GOOD, encoding="utf-8")
    assert config_path(None) == user
    write(tmp_path, GOOD)
    assert config_path(None) == tmp_path / "config.toml"


def test_bad_config_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text("[archive]\nmirror_dir = 1\n")
    result = cli_run(bad, "status")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "archive.mirror_dir" in result.stderr


def test_missing_config_file_is_one_line_exit_2(tmp_path):
    result = cli_run(tmp_path / "nope.toml", "sync")
    assert result.exit_code == 2 and result.stderr.strip().endswith("config file not found")


def test_data_dirs_default_under_xdg_data_home(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('[[sources]]\nname = "CLK2024"\nurl = "u"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert load_config(config).mirror_dir == tmp_path / "data" / "clkarchive" / "mirror"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert load_config(config).index_dir == tmp_path / "home" / ".local/share/clkarchive/index"


@pytest.mark.parametrize(
    ("mirror", "index"), [("data", "data"), ("data", "data/index"), ("data/mirror", "data"), ("a/../b", "b")]
)
def test_index_and_mirror_dirs_may_not_overlap(tmp_path, mirror, index):
    config = write_config(tmp_path / "config.toml", "u", mirror_dir=mirror, index_dir=index)
    with pytest.raises(ConfigError, match="must be two separate folders"):
        load_config(config)
    result = invoke("--config", str(config), "status")
    assert result.exit_code == 2 and "mirror_dir" in result.stderr


def test_new_archive_and_source_keys(tmp_path):
    config = write_config(tmp_path / "config.toml", "u", ocr=None)
    loaded = load_config(config)
    assert (loaded.max_file_mb, loaded.ocr, loaded.sources[0].agenda) == (100, True, ())
    config.write_text(
        config.read_text().replace("[[sources]]", "max_file_mb = 5\nocr = false\n\n[[sources]]")
        + 'agenda = ["大会全议程.webp", "主论坛.webp"]\n',
        encoding="utf-8",
    )
    loaded = load_config(config)
    assert (loaded.max_file_mb, loaded.ocr) == (5, False) and not loaded.warnings
    assert loaded.sources[0].agenda == ("大会全议程.webp", "主论坛.webp")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("max_file_mb = 0", "archive.max_file_mb: must be a positive number"),
        ("max_file_mb = true", "archive.max_file_mb: must be int or float, not bool"),
        ("ocr = 1", "archive.ocr: must be bool, not int"),
    ],
)
def test_bad_new_archive_keys(tmp_path, line, message):
    config = write_config(tmp_path / "config.toml", "u", ocr=None)
    config.write_text(config.read_text().replace("[[sources]]", f"{line}\n\n[[sources]]"), encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(config)


@pytest.mark.parametrize("agenda", ['"a.webp"', '["/etc/passwd"]', '["../x.webp"]', "[1]"])
def test_bad_agenda(tmp_path, agenda):
    config = write_config(tmp_path / "config.toml", "u")
    config.write_text(config.read_text() + f"agenda = {agenda}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("sources[0].agenda")):
        load_config(config)


def test_config_is_accepted_after_the_subcommand(project):
    after = invoke("status", "--config", str(project))
    assert (after.exit_code, after.output) == (0, "CLK2024: never synced\n")
    # After the subcommand wins over before it, as the later of two options does.
    later = invoke("--config", "/nonexistent/config.toml", "status", "--config", str(project))
    assert later.exit_code == 0


# Paths that are symlink loops.
def _loop(folder: Path, a: str, b: str) -> Path:
    (folder / a).symlink_to(b)
    (folder / b).symlink_to(a)
    return folder / a


def test_a_config_that_is_a_symlink_loop_is_named_with_exit_2(tmp_path, monkeypatch):
    looped = _loop(tmp_path, "a.toml", "b.toml")
    monkeypatch.chdir(tmp_path)
    for args, env in [
        (["--config", str(looped), "status"], {}),
        (["--config", str(looped), "init"], {}),
        (["status"], {"CLKARCHIVE_CONFIG": str(looped)}),
    ]:
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        result = cli_run_without_config(args)
        assert result.exit_code == 2, (args, result.output)
        assert "symlink loop" in result.stderr and str(looped.name) in result.stderr
        monkeypatch.delenv("CLKARCHIVE_CONFIG", raising=False)
    (tmp_path / "config.toml").symlink_to("a.toml")  # ./config.toml, found by the lookup
    result = cli_run_without_config(["status"])
    assert result.exit_code == 2 and "config.toml: symlink loop" in result.stderr


def test_a_mirror_dir_that_is_a_symlink_loop_is_named_with_exit_2(tmp_path):
    _loop(tmp_path, "m1", "m2")
    config = tmp_path / "c.toml"
    config.write_text(
        '[archive]\nmirror_dir = "m1"\nindex_dir = "idx"\n[[sources]]\nname = "X"\nurl = "/none"\n'
    )
    result = cli_run(config, "status")
    assert result.exit_code == 2 and "m1: symlink loop" in result.stderr


def cli_run_without_config(args: list[str]):
    from click.testing import CliRunner

    from clkarchive.cli import cli

    return CliRunner().invoke(cli, args, catch_exceptions=False)
