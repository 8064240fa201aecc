"""Find, load and validate config.toml into small typed objects; write a starter one.

Every mistake is reported as one line that names the file and the key, so an
operator reading a cron mail knows exactly what to fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clkarchive.errors import ConfigError

DEFAULT_CONFIG = "config.toml"
YEARS = (2022, 2023, 2024, 2025)
_ARCHIVE_KEYS = {
    "mirror_dir",
    "index_dir",
    "workers",
    "extract_timeout",
    "extract_memory_mb",
    "fetch_timeout",
    "log_file",
    "max_file_mb",
    "ocr",
    "search_timeout",
}
_SOURCE_KEYS = {"name", "url", "branch", "year", "pattern", "lfs_url", "agenda"}
_SOURCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    branch: str = "main"
    year: int | None = None  # for search --year; by default the four digits in the name
    pattern: str | None = None  # a regex with named groups order, title, speakers, forum
    lfs_url: str | None = None  # Git LFS endpoint; by default derived from an http(s) url
    agenda: tuple[str, ...] = ()  # repository paths of the agenda images, '/'-separated


@dataclass(frozen=True)
class Config:
    path: Path
    mirror_dir: Path
    index_dir: Path
    sources: tuple[Source, ...]
    workers: int = 0
    extract_timeout: float = 120.0
    extract_memory_mb: int = 2048
    fetch_timeout: float = 60.0
    log_file: Path | None = None
    max_file_mb: int = 100  # a file bigger than this is recorded as a material, not read
    ocr: bool = True  # read the text of pages that have none from their images
    search_timeout: float = 1.0  # seconds a search may take before it answers with what it found
    warnings: tuple[str, ...] = ()  # unknown keys: probably typos, shown but not fatal

    def mirror_of(self, source: Source) -> Path:
        return self.mirror_dir / source.name

    def local_file(self, source: str, path: str) -> Path:
        """Where a file of a source's repository is checked out (as named, if its links loop)."""
        local = self.mirror_dir / source / path
        try:
            return local.resolve()
        except (RuntimeError, OSError):
            return local


def xdg_home(variable: str, fallback: str) -> Path:
    """An XDG base directory; the spec says a relative value is to be ignored. A service account may
    have no home folder at all (HOME unset, no passwd entry): then only the variable can say."""
    value = os.environ.get(variable, "")
    if os.path.isabs(value):
        return Path(value)
    home = os.path.expanduser("~")
    if not os.path.isabs(home):
        raise ConfigError(
            f"no home folder (HOME is not set), so no default place for clkarchive's files: give --config "
            f"PATH to a config that names mirror_dir and index_dir, or set XDG_CONFIG_HOME and XDG_DATA_HOME"
            f" (here {variable} is needed)"
        )
    return Path(home) / fallback


def user_config() -> Path:
    """Where `init` writes and the lookup ends: $XDG_CONFIG_HOME/clkarchive/config.toml."""
    return xdg_home("XDG_CONFIG_HOME", ".config") / "clkarchive" / DEFAULT_CONFIG


def data_dir() -> Path:
    """Where mirror_dir and index_dir go when the config does not say: $XDG_DATA_HOME/clkarchive."""
    return xdg_home("XDG_DATA_HOME", ".local/share") / "clkarchive"


def named_config(option: str | None) -> Path | None:
    """The config file the user named: --config, else $CLKARCHIVE_CONFIG; None when neither is given."""
    chosen = option or os.environ.get("CLKARCHIVE_CONFIG")
    if not chosen:
        return None
    try:
        path = Path(chosen).expanduser()
    except RuntimeError:
        raise ConfigError(
            f"{chosen}: ~ names no home folder here (HOME is not set): give the whole path"
        ) from None
    return resolved(path)


def config_path(option: str | None) -> Path:
    """The file to read: --config, $CLKARCHIVE_CONFIG, ./config.toml (as git finds .git), the user's."""
    named = named_config(option)
    if named is not None:
        return named  # named explicitly: load_config says if it is not there
    here = resolved(Path(DEFAULT_CONFIG))
    if _exists(here):
        return here
    users = user_config()  # only now: with no home folder, ./config.toml still works
    if _exists(resolved(users)):
        return users
    raise ConfigError(
        f"no config file: neither {here} nor {users} exists; "
        "run `clkarchive init` to write one, or give --config PATH"
    )


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError as exc:  # a folder this user may not look into
        raise ConfigError(f"{path}: {exc.strerror or exc}") from None


def resolved(path: Path) -> Path:
    """The absolute path with its links followed; a link that leads back to itself is the user's to
    mend, said in one line."""
    try:
        return path.resolve()
    except (RuntimeError, OSError) as exc:  # 3.11 raises RuntimeError("Symlink loop from ...")
        problem = "symlink loop" if "loop" in str(exc).lower() else str(exc)
        raise ConfigError(f"{path}: {problem}") from None


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None

    warnings = [f"{path}: {key}: unknown table, ignored" for key in data if key not in ("archive", "sources")]
    archive = data.get("archive", {})
    if not isinstance(archive, dict):
        raise ConfigError(f"{path}: archive: must be a table ([archive])")
    warnings += [f"{path}: archive.{k}: unknown key, ignored" for k in archive if k not in _ARCHIVE_KEYS]
    settings = _archive(_Table(archive, path))
    sources_raw = data.get("sources")
    if not isinstance(sources_raw, list) or not sources_raw:
        raise ConfigError(f"{path}: sources: at least one [[sources]] table is required")
    sources: list[Source] = []
    for i, raw in enumerate(sources_raw):
        where = f"sources[{i}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: {where}: must be a table")
        warnings += [f"{path}: {where}.{k}: unknown key, ignored" for k in raw if k not in _SOURCE_KEYS]
        source = _source(_Table(raw, path, where), path.parent)
        if any(s.name == source.name for s in sources):
            raise ConfigError(f"{path}: {where}.name: duplicate source name {source.name!r}")
        sources.append(source)
    return Config(path=path, sources=tuple(sources), warnings=tuple(warnings), **settings)


_MISSING = object()


class _Table:
    """One table of the file, read key by key with its place named in every error."""

    def __init__(self, data: dict[str, Any], path: Path, where: str = "archive") -> None:
        self.data, self.path, self.where = data, path, where

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.where}.{key}: {problem}")

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = _MISSING) -> Any:
        value = self.data.get(key, default)
        if value is _MISSING:
            raise self.error(key, "missing key")
        kinds = kind if isinstance(kind, tuple) else (kind,)
        # bool is an int in Python; a config that says `workers = true` is a mistake.
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(k.__name__ for k in kinds)
            raise self.error(key, f"must be {names}, not {type(value).__name__}")
        return value

    def positive(self, key: str, default: float) -> float:
        value = self.get(key, (int, float), default)
        if not value > 0 or value == float("inf"):  # TOML allows nan and inf: neither is a limit
            raise self.error(key, "must be a positive number")
        return float(value)

    def strings(self, key: str) -> Iterator[str]:
        values = self.get(key, list, [])
        for value in values:
            if not isinstance(value, str):
                raise self.error(key, f"must be a list of str, not hold {type(value).__name__}")
            yield value


def _archive(table: _Table) -> dict[str, Any]:
    """The [archive] table as Config's keyword arguments; paths relative to the config file."""
    base = table.path.parent
    # the defaults only where the config names no folder: they need a home folder, the config's not
    mirror_dir = (
        _local(named, base, table) if (named := table.get("mirror_dir", str, "")) else data_dir() / "mirror"
    )
    index_dir = (
        _local(named, base, table) if (named := table.get("index_dir", str, "")) else data_dir() / "index"
    )
    # The sync moves a damaged index aside and clones into mirror_dir: neither may hold the other.
    a, b = resolved(mirror_dir), resolved(index_dir)
    if a == b or a in b.parents or b in a.parents:
        raise ConfigError(
            f"{table.path}: archive: mirror_dir ({a}) and index_dir ({b}) must be two separate folders, "
            "neither inside the other"
        )
    workers = table.get("workers", int, 0)
    if workers < 0:
        raise table.error("workers", "must be 0 (one per core) or more")
    log_file = table.get("log_file", str, "")
    return {
        "mirror_dir": mirror_dir,
        "index_dir": index_dir,
        "workers": workers,
        "extract_timeout": float(table.positive("extract_timeout", 120)),
        "extract_memory_mb": int(table.positive("extract_memory_mb", 2048)),
        "fetch_timeout": float(table.positive("fetch_timeout", 60)),
        "log_file": _local(log_file, base, table) if log_file else None,
        "max_file_mb": int(table.positive("max_file_mb", 100)),
        "ocr": table.get("ocr", bool, True),
        "search_timeout": table.positive("search_timeout", 1.0),
    }


def _source(table: _Table, base: Path) -> Source:
    """One [[sources]] table."""
    name = table.get("name", str)
    # fullmatch: with match and $, "x\n" would pass and put a newline in a folder and a crontab.
    if not _SOURCE_NAME.fullmatch(name) or ".." in name:
        raise table.error(
            "name", f"{name!r} must be letters, digits, '.', '_' or '-' (it names a folder under mirror_dir)"
        )
    url = table.get("url", str)
    digits = re.search(r"(?<!\d)(\d{4})(?!\d)", name)
    year = table.get("year", int, int(digits.group(1)) if digits else 0) or None
    pattern = table.get("pattern", str, "") or None
    if pattern:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise table.error("pattern", f"not a valid regular expression: {exc}") from None
    agenda = tuple(table.strings("agenda"))
    for image in agenda:
        if not image or image.startswith("/") or ".." in image.split("/"):
            raise table.error("agenda", f"{image!r} must be a path inside the repository, such as 'a/b.webp'")
    return Source(
        name=name,
        url=_resolve_url(url, base, table),
        branch=table.get("branch", str, "main"),
        year=year,
        pattern=pattern,
        lfs_url=table.get("lfs_url", str, "") or None,
        agenda=agenda,
    )


def _local(text: str, base: Path, table: _Table) -> Path:
    """A path the config gives: ~ is the home folder (the starter config's own comments write the
    defaults so), anything else relative to the config file."""
    try:
        return base / Path(text).expanduser()
    except RuntimeError:
        raise ConfigError(f"{table.path}: {text}: ~ names no home folder here (HOME is not set)") from None


def _resolve_url(url: str, base: Path, table: _Table) -> str:
    """Local paths in the config are relative to the config file, like the other paths."""
    if "://" in url or re.match(r"^[\w.-]+@[\w.-]+:", url):
        return url
    return str(resolved(_local(url, base, table)))


STARTER = """\
# clkarchive configuration, written by `clkarchive init`.
# Relative paths are relative to this file.

[archive]
# Where the git checkouts (one per source) and the Whoosh index (and the sync
# lock) live{where}:
{mirror}
{index}
# workers = 0                  # extraction processes; 0 = one per CPU core
# extract_timeout = 120        # seconds one deck may take before it is skipped
# extract_memory_mb = 2048     # address space one extraction process may use
# fetch_timeout = 60           # seconds to connect to, and to wait on, a remote
# max_file_mb = 100            # a bigger file is recorded as a material, not read
# ocr = true                   # read pages that have no text from their images
# log_file = "clkarchive.log"  # one line per source per sync
# search_timeout = 1.0         # seconds a search may take; it then answers with what it found

# One [[sources]] table per repository. `year` (for search --year) defaults to
# the four digits in the name; an http(s) url gets its Git LFS endpoint by
# default (lfs_url = "<url>/info/lfs"). Optional keys: pattern (a regex with
# named groups order, title, speakers and forum, for a layout nobody foresaw),
# agenda (a list of the repository's agenda images).
"""


def starter(beside: Path | None = None) -> str:
    """The commented config `init` writes: every year of the conference. Its data goes under
    $XDG_DATA_HOME, or, for a config at a path the user chose (beside), into folders next to it named
    in relative paths: two archives made that way share nothing, and each moves as one folder."""
    blocks = [
        f'[[sources]]\nname = "CLK{year}"\nurl = "https://github.com/ChinaLinuxKernel/CLK{year}.git"\n'
        'branch = "main"\n'
        for year in YEARS
    ]
    import json  # only init needs it; search does not pay for it

    if beside is not None:
        where = " (relative: beside this file)"
        # <name>-mirror beside <name>.toml: two configs in one folder do not share their data.
        prefix = "" if beside.name == DEFAULT_CONFIG else f"{beside.stem}-"
        folders = {name: f"{name}_dir = " + json.dumps(prefix + name) for name in ("mirror", "index")}
    else:
        where = "; these are the defaults, under $XDG_DATA_HOME/clkarchive/"
        # A JSON string is a TOML basic string: the lines stay valid TOML once uncommented.
        folders = {
            name: f"# {name}_dir = " + json.dumps(str(data_dir() / name), ensure_ascii=False)
            for name in ("mirror", "index")
        }
    text = STARTER.format(where=where, **folders)
    return text + "\n" + "\n".join(blocks)


def write_starter(path: Path, beside: bool = False) -> None:
    """Write the starter config at path, its data beside it if asked; an existing file is the user's
    and is never replaced."""
    text = starter(path if beside else None)  # first: a starter that cannot be made leaves no empty file
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise ConfigError(f"{path} already exists; not overwriting it (edit it, or move it away)") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the config: {exc}") from None
