"""Load and validate config.toml into small typed objects.

Every mistake is reported as one line that names the file and the key, so an
operator reading a cron mail knows exactly what to fix.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from clkarchive.errors import ConfigError

DEFAULT_CONFIG = "config.toml"
_ARCHIVE_KEYS = {
    "mirror_dir",
    "index_dir",
    "workers",
    "extract_timeout",
    "extract_memory_mb",
    "fetch_timeout",
    "log_file",
    "ocr",
}
_SOURCE_KEYS = {"name", "url", "branch", "year", "pattern", "lfs_url"}
_SOURCE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    branch: str = "main"
    year: int | None = None  # for search --year; by default the four digits in the name
    pattern: str | None = None  # a regex with named groups order, title, speakers, forum
    lfs_url: str | None = None  # Git LFS endpoint; by default derived from an http(s) url


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
    ocr: bool = True  # read posters and image-only pages (the OCR pass of a sync)
    warnings: tuple[str, ...] = ()  # unknown keys: probably typos, shown but not fatal

    def mirror_of(self, source: Source) -> Path:
        return self.mirror_dir / source.name

    def local_file(self, source: str, path: str) -> Path:
        """Where a file of a source's repository is checked out."""
        return (self.mirror_dir / source / path).resolve()


def config_path(option: str | None) -> Path:
    """The file to read: --config, then $CLKARCHIVE_CONFIG, then ./config.toml (as git finds .git)."""
    chosen = option or os.environ.get("CLKARCHIVE_CONFIG") or DEFAULT_CONFIG
    return Path(chosen).expanduser().resolve()


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None

    base = path.parent
    archive = _table(data, "archive", path)
    warnings = [f"{path}: {key}: unknown table, ignored" for key in data if key not in ("archive", "sources")]
    warnings += [
        f"{path}: archive.{key}: unknown key, ignored" for key in archive if key not in _ARCHIVE_KEYS
    ]
    mirror_dir = base / _get(archive, "mirror_dir", str, path, "archive")
    index_dir = base / _get(archive, "index_dir", str, path, "archive")
    sources_raw = data.get("sources")
    if not isinstance(sources_raw, list) or not sources_raw:
        raise ConfigError(f"{path}: sources: at least one [[sources]] table is required")

    sources: list[Source] = []
    for i, raw in enumerate(sources_raw):
        where = f"sources[{i}]"
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: {where}: must be a table")
        name = _get(raw, "name", str, path, where)
        warnings += [f"{path}: {where}.{k}: unknown key, ignored" for k in raw if k not in _SOURCE_KEYS]
        if not _SOURCE_NAME.match(name) or ".." in name:
            raise ConfigError(
                f"{path}: {where}.name: {name!r} must be letters, digits, '.', '_' or '-' "
                "(it names a folder under mirror_dir)"
            )
        if any(s.name == name for s in sources):
            raise ConfigError(f"{path}: {where}.name: duplicate source name {name!r}")
        url = _get(raw, "url", str, path, where)
        branch = _get(raw, "branch", str, path, where, default="main")
        digits = re.search(r"(?<!\d)(\d{4})(?!\d)", name)
        year = _get(raw, "year", int, path, where, default=int(digits.group(1)) if digits else 0) or None
        pattern = _get(raw, "pattern", str, path, where, default="") or None
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(f"{path}: {where}.pattern: not a valid regular expression: {exc}") from None
        lfs_url = _get(raw, "lfs_url", str, path, where, default="") or None
        sources.append(
            Source(
                name=name,
                url=_resolve_url(url, base),
                branch=branch,
                year=year,
                pattern=pattern,
                lfs_url=lfs_url,
            )
        )

    workers = _get(archive, "workers", int, path, "archive", default=0)
    if workers < 0:
        raise ConfigError(f"{path}: archive.workers: must be 0 (one per core) or more")
    numbers = {}
    for key, default in (("extract_timeout", 120), ("extract_memory_mb", 2048), ("fetch_timeout", 60)):
        numbers[key] = _get(archive, key, (int, float), path, "archive", default=default)
        if numbers[key] <= 0:
            raise ConfigError(f"{path}: archive.{key}: must be a positive number")
    log_file = _get(archive, "log_file", str, path, "archive", default="")
    return Config(
        path=path,
        mirror_dir=mirror_dir,
        index_dir=index_dir,
        sources=tuple(sources),
        workers=workers,
        extract_timeout=float(numbers["extract_timeout"]),
        extract_memory_mb=int(numbers["extract_memory_mb"]),
        fetch_timeout=float(numbers["fetch_timeout"]),
        log_file=base / log_file if log_file else None,
        ocr=_get(archive, "ocr", bool, path, "archive", default=True),
        warnings=tuple(warnings),
    )


def _table(data: dict, key: str, path: Path) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: [{key}]: missing table")
    return value


_MISSING = object()


def _get(table: dict, key: str, kind, path: Path, where: str, default=_MISSING):
    value = table.get(key, default)
    if value is _MISSING:
        raise ConfigError(f"{path}: {where}.{key}: missing key")
    # bool is an int in Python; a config that says `workers = true` is a mistake.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = " or ".join(k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,)))
        raise ConfigError(f"{path}: {where}.{key}: must be {names}, not {type(value).__name__}")
    return value


def _resolve_url(url: str, base: Path) -> str:
    """Local paths in the config are relative to the config file, like the other paths."""
    if "://" in url or re.match(r"^[\w.-]+@[\w.-]+:", url):
        return url
    return str((base / Path(url).expanduser()).resolve())
