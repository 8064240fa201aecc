"""The commands that set an archive up on a host: its config, its schedule, its web server."""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import click
from click.core import ParameterSource

from clkarchive.cli.common import Settings, open_archive, print_json
from clkarchive.config import load_config, named_config
from clkarchive.errors import UsageError


def _given(ctx: click.Context, name: str) -> bool:
    return ctx.get_parameter_source(name) is not ParameterSource.DEFAULT


@click.command()
@click.option(
    "--every",
    default="hourly",
    show_default=True,
    help="Interval: hourly, daily, 1d, minutes dividing an hour (15m, 30m) or hours dividing a day (2h, 6h).",
)
@click.option(
    "--log",
    "log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where the scheduled sync appends its output [default: clkarchive-cron.log beside the config].",
)
@click.option(
    "--install",
    is_flag=True,
    help="Add the line to your crontab, replacing an earlier one; with --systemd, "
    "write the units to ~/.config/systemd/user and enable the timer.",
)
@click.option("--systemd", is_flag=True, help="A systemd user service and timer instead of a crontab line.")
@click.option(
    "--uninstall",
    is_flag=True,
    help="Remove from your crontab the line --install added for this config, and nothing else; "
    "with --systemd, disable the timer and remove the units.",
)
@click.option("--json", "as_json", is_flag=True, help="With --uninstall: print what it removed as JSON.")
@click.pass_context
def cron(
    ctx: click.Context,
    every: str,
    log: Path | None,
    install: bool,
    systemd: bool,
    uninstall: bool,
    as_json: bool,
) -> None:
    """Print, install or uninstall the schedule that runs `clkarchive sync --quiet` unattended."""
    from clkarchive import cron as schedule

    if as_json and not uninstall:
        raise UsageError("--json goes with --uninstall")
    given = [f"--{n}" for n in ("every", "log", "install") if _given(ctx, n)]
    if uninstall and given:
        raise UsageError(f"--uninstall removes this config's schedule: not with {', '.join(given)}")
    config = open_archive(ctx).config.path
    if uninstall:
        removed = (schedule.uninstall_systemd if systemd else schedule.uninstall_crontab)(config)
        if as_json:
            return print_json(asdict(removed))
        said = [f"crontab: removed: {line}" for line in removed.crontab_lines]
        said += [f"systemd: removed {path}" for path in removed.unit_files]
        return click.echo("\n".join(said))
    interval = schedule.Every.parse(every)
    log = (log or config.parent / "clkarchive-cron.log").resolve()
    if systemd:
        units = schedule.systemd_units(config, interval, log)
        if install:
            for path in schedule.install_systemd(units):
                click.echo(f"systemd: wrote {path}")
            click.echo(f"systemd: enabled {next(n for n in units if n.endswith('.timer'))}")
            return
        for file_name, text in units.items():
            click.echo(f"# {schedule.systemd_dir() / file_name}\n{text}")
        timer = next(n for n in units if n.endswith(".timer"))
        click.echo(f"# then: systemctl --user daemon-reload && systemctl --user enable --now {timer}")
        click.echo("# (or run this command again with --install)")
        return
    line = schedule.crontab_line(config, interval, log)
    if install:
        outcome = schedule.install_crontab(line, config)
        click.echo(f"crontab: {outcome}: {line}")
    else:
        click.echo(line)


@click.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Write a commented starter config with every year of the conference; never overwrites a file."""
    from clkarchive.config import user_config, write_starter

    named = named_config(ctx.find_root().ensure_object(Settings).config)
    path = named or user_config()
    write_starter(path, beside=named is not None)
    config = load_config(path)
    click.echo(f"wrote {path}: {', '.join(s.name for s in config.sources)}")
    where = "beside the config" if named else "the default place for the data"
    click.echo(f"mirror in {config.mirror_dir}, index in {config.index_dir} ({where}); next: clkarchive sync")


MAX_SERVE_WORKERS = 256  # each is a Python process with a warm index: more would only cost memory


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port; 0 picks a free one."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.option(
    "--token-file",
    metavar="PATH",
    help="Require the token on the first line of this file on every request (needed beyond 127.0.0.1) "
    "[default: $CLKARCHIVE_TOKEN].",
)
@click.option(
    "--token",
    metavar="TOKEN",
    help="The token itself; every local user can read it in the process list: prefer --token-file.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, MAX_SERVE_WORKERS),
    help="Server processes answering at once [default: one per core].",
)
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    open_browser: bool,
    token_file: str | None,
    token: str | None,
    workers: int | None,
) -> None:
    """Serve a web interface to search the slides and look at them; prints its URL when ready.

    Stops on Ctrl-C, SIGTERM or SIGHUP, and takes along every process it started.
    """
    from clkarchive import web

    settings = web.Settings(host=host, port=port, token=_serve_token(token, token_file))
    web.check_settings(settings)  # before anything is opened
    # echo flushes: the URL reaches a pipe
    web.serve(open_archive(ctx), settings, click.echo, open_browser, workers=workers)


TOKEN_VARIABLE = "CLKARCHIVE_TOKEN"
# What a cookie value may hold (RFC 6265's cookie-octet): the token travels in one, and in a URL.
_TOKEN_CHARACTERS = frozenset(chr(c) for c in range(0x21, 0x7F)) - set('",;\\')


def _serve_token(given: str | None, path: str | None) -> str | None:
    """The token from --token, --token-file or $CLKARCHIVE_TOKEN (in that order; an empty variable is
    none), checked: the first two together are a mistake, and so is a token a cookie cannot carry."""
    if given is not None and path is not None:
        raise UsageError("give the token once: --token-file PATH or --token TOKEN, not both")
    where = "--token"
    token = given
    if path is not None:
        where = f"the token file {path}"
        try:
            with open(path, encoding="utf-8") as f:
                token = f.readline().strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise UsageError(f"cannot read the token file {path}: {reason}") from None
        if not token:
            raise UsageError(f"the token file {path} has no token on its first line")
        if os.stat(path).st_mode & 0o077:
            click.echo(
                f"clkarchive: warning: other users may read the token file {path} (chmod 600 it)", err=True
            )
    elif given is None and os.environ.get(TOKEN_VARIABLE):
        where = f"${TOKEN_VARIABLE}"
        token = os.environ[TOKEN_VARIABLE]
    if token == "":
        raise UsageError("--token: the token is empty")
    if token is not None and not set(token) <= _TOKEN_CHARACTERS:
        raise UsageError(
            f"{where}: a token may hold only ASCII letters, digits and punctuation, "
            'without spaces, quotes ("), commas, semicolons or backslashes'
        )
    return token
