"""What every command shares: the options given before or after a command's name, the config they
name, the archive it opens, the exit statuses, and the few ways output is written.

Exit statuses are decided here and nowhere else (EXIT_STATUSES), following
sysexits where cron and monitoring care: 75 (EX_TEMPFAIL) means "nothing
changed, try again later"; 2 is bad usage or configuration; 1 any other failure.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

import click

from clkarchive.archive import Archive
from clkarchive.config import config_path, load_config
from clkarchive.errors import ClkError, TemporaryError, UsageError

EX_TEMPFAIL = 75
# The first entry whose type the error is an instance of gives the status.
EXIT_STATUSES: tuple[tuple[type[ClkError], int], ...] = (
    (TemporaryError, EX_TEMPFAIL),
    (UsageError, 2),
    (ClkError, 1),
)


def exit_status(exc: ClkError) -> int:
    return next(status for kind, status in EXIT_STATUSES if isinstance(exc, kind))


@dataclass
class Settings:
    """What the options shared by every command chose; kept on the root context."""

    config: str | None = None


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.find_root().ensure_object(Settings).config = value


def _set_color(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """--color wins over NO_COLOR (https://no-color.org); click.echo then strips or keeps styles."""
    if value is None and ctx.parent is not None:
        return  # not given after the subcommand: the group's choice stands
    choice = value or "auto"
    ctx.color = {"always": True, "never": False}.get(choice, False if os.environ.get("NO_COLOR") else None)


def shared_options() -> list[click.Option]:
    """--config and --color, accepted before the subcommand and after it."""
    return [
        click.Option(
            ["--config", "config_file"],
            metavar="PATH",
            expose_value=False,
            callback=_set_config,
            help="Config file [default: $CLKARCHIVE_CONFIG, else ./config.toml, "
            "else $XDG_CONFIG_HOME/clkarchive/config.toml].",
        ),
        click.Option(
            ["--color"],
            type=click.Choice(["auto", "always", "never"]),
            expose_value=False,
            callback=_set_color,
            help="Colour and bold on output: auto (a terminal, unless NO_COLOR is set), always or never.",
        ),
    ]


def wants_color(ctx: click.Context) -> bool:
    """Whether stdout gets styles: --color, NO_COLOR, then whether it is a terminal."""
    return ctx.color if ctx.color is not None else sys.stdout.isatty()


def open_archive(ctx: click.Context) -> Archive:
    config = load_config(config_path(ctx.find_root().ensure_object(Settings).config))
    for warning in config.warnings:
        click.echo(f"clkarchive: warning: {warning}", err=True)
    return Archive(config)


def print_json(data: object) -> None:
    import json  # 4 ms a search without --json need not pay

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def filter_options(func: Callable[..., None]) -> Callable[..., None]:
    """--source and --year, shared by search and talks."""
    func = click.option("--year", type=int, help="Only sources of this conference year.")(func)
    return click.option("--source", metavar="NAME", help="Only this source (its name in the config).")(func)


def time_of(date: str | None, start: str | None, end: str | None) -> str:
    """The agenda's time of a talk, "2024-10-26 14:00-14:20", or "" when it gives none."""
    return " ".join(filter(None, [date, "-".join(filter(None, [start, end]))]))
