"""The command line: parse, call one Archive method, print. Nothing else lives here.

Exit statuses are decided here and nowhere else (EXIT_STATUSES), following
sysexits where cron and monitoring care: 75 (EX_TEMPFAIL) means "nothing
changed, try again later"; 2 is bad usage or configuration; 1 any other failure.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import asdict, dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from clkarchive._version import __version__
from clkarchive.archive import SEARCH_KINDS, Archive
from clkarchive.config import config_path, load_config, named_config
from clkarchive.errors import ClkError, TemporaryError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from clkarchive.models import SearchResult

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
class _Settings:
    """What the options shared by every command chose; kept on the root context."""

    config: str | None = None


def _set_config(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.find_root().ensure_object(_Settings).config = value


def _set_color(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """--color wins over NO_COLOR (https://no-color.org); click.echo then strips or keeps styles."""
    if value is None and ctx.parent is not None:
        return  # not given after the subcommand: the group's choice stands
    choice = value or "auto"
    ctx.color = {"always": True, "never": False}.get(choice, False if os.environ.get("NO_COLOR") else None)


def _shared_options() -> list[click.Option]:
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


def _color(ctx: click.Context) -> bool:
    """Whether stdout gets styles: --color, NO_COLOR, then whether it is a terminal."""
    return ctx.color if ctx.color is not None else sys.stdout.isatty()


class _Cli(click.Group):
    """Every known failure becomes one line on stderr and its exit status; never a traceback."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Every command accepts the shared options after its name too, unless it has its own."""
        taken = {opt for param in cmd.params for opt in param.opts}
        cmd.params.extend(o for o in _shared_options() if not taken & set(o.opts))
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClkError as exc:
            click.echo(f"clkarchive: {exc}", err=True)
            ctx.exit(exit_status(exc))
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, as grep does.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(141)
        except KeyboardInterrupt:
            click.echo("clkarchive: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:
            if os.environ.get("CLKARCHIVE_DEBUG"):
                raise
            click.echo(f"clkarchive: unexpected error: {type(exc).__name__}: {exc}", err=True)
            click.echo("clkarchive: set CLKARCHIVE_DEBUG=1 to see where it happened", err=True)
            ctx.exit(1)


@click.group(cls=_Cli, params=_shared_options())
@click.version_option(__version__, prog_name="clkarchive")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Mirror the China Linux Kernel Developers Conference slides and search them."""
    ctx.ensure_object(_Settings)
    logger = logging.getLogger("clkarchive")
    if not any(isinstance(h, _WarningHandler) for h in logger.handlers):
        logger.addHandler(_WarningHandler())


class _WarningHandler(logging.Handler):
    """The library's warnings (a damaged mirror re-cloned, say), one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"clkarchive: warning: {record.getMessage()}", err=True)


def _archive(ctx: click.Context) -> Archive:
    config = load_config(config_path(ctx.find_root().ensure_object(_Settings).config))
    for warning in config.warnings:
        click.echo(f"clkarchive: warning: {warning}", err=True)
    return Archive(config)


def _print_json(data: object) -> None:
    import json  # 4 ms a search without --json need not pay

    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print nothing when nothing changed (for cron); errors still go to stderr.",
)
@click.option(
    "--log-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append one line per source to this file [default: archive.log_file].",
)
@click.option(
    "--allow-empty", is_flag=True, help="Accept an upstream that holds no files, and empty the index."
)
@click.option("--prune", is_flag=True, help="Drop from the index the sources the config no longer names.")
@click.option(
    "--retry-failed", is_flag=True, help="Extract again the decks that failed, though they did not change."
)
@click.pass_context
def sync(
    ctx: click.Context,
    as_json: bool,
    quiet: bool,
    log_file: Path | None,
    allow_empty: bool,
    prune: bool,
    retry_failed: bool,
) -> None:
    """Mirror every source and index what changed."""
    archive = _archive(ctx)
    if log_file:
        archive = Archive(replace(archive.config, log_file=log_file.resolve()))
    from clkarchive.progress import LineProgress, TerminalProgress

    progress: LineProgress | TerminalProgress
    if as_json or quiet:
        progress = LineProgress(quiet=quiet, silent=as_json)
    else:
        progress = TerminalProgress() if sys.stderr.isatty() else LineProgress(quiet=False, silent=False)
    try:  # each source's summary is printed as soon as that source is done
        reports = archive.sync(progress, allow_empty=allow_empty, prune=prune, retry_failed=retry_failed)
    finally:
        progress.close()
    if as_json:
        _print_json([asdict(r) for r in reports])
    failed = [r for r in reports if r.error]
    # A source that can be retried later only matters when nothing worse happened.
    if any(not r.temporary for r in failed):
        ctx.exit(1)
    ctx.exit(EX_TEMPFAIL if failed else 0)


def _filters(func: Callable[..., None]) -> Callable[..., None]:
    """--source and --year, shared by search and talks."""
    func = click.option("--year", type=int, help="Only sources of this conference year.")(func)
    return click.option("--source", metavar="NAME", help="Only this source (its name in the config).")(func)


class _QueryCommand(click.Command):
    """A `-word` among the query words is the query's (the talk must not say it), not an option: no
    option of search is a single dash, so click keeps each such word in its place. An unknown
    `--option` before `--` is still an error: it is likelier a typo than a word."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        known = {opt: param for param in self.get_params(ctx) for opt in param.opts}
        value_next = False  # the argument is an option's value (`--forum --x`), not an option
        for arg in args[: args.index("--") if "--" in args else len(args)]:
            name = arg.split("=", 1)[0]
            if arg.startswith("--") and not value_next and name not in known:
                raise click.NoSuchOption(name, possibilities=sorted(known), ctx=ctx)
            param = known.get(arg)
            value_next = not value_next and isinstance(param, click.Option) and not param.is_flag
        return super().parse_args(ctx, args)


@cli.command(cls=_QueryCommand, context_settings={"ignore_unknown_options": True})
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1), help="Talks to show.")
@click.option(
    "--pages",
    "pages_per_talk",
    default=3,
    show_default=True,
    type=click.IntRange(min=1),
    help="Best pages to show under each talk.",
)
@click.option(
    "--forum", metavar="TEXT", help="Only talks whose forum (Chinese or English name) contains TEXT."
)
@_filters
@click.option("--kind", type=click.Choice(list(SEARCH_KINDS)), default="talk", help="Talks or posters.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.pass_context
def search(
    ctx: click.Context,
    /,
    words: tuple[str, ...],
    limit: int,
    pages_per_talk: int,
    forum: str | None,
    as_json: bool,
    **filters: Any,  # --source, --year and --kind, as Archive.search takes them
) -> None:
    """Search the slides for talks holding all WORDS (in any of their pages, title or speakers).

    English and Chinese find each other through a kernel glossary; filler words
    (how, the, 怎么, 的) are not required; when no talk has every word, the
    closest matches are shown (exit 0). "quoted phrases", a OR b, NOT word,
    -word, prefix* and title:/speakers: keep their exact meaning. A -word may be
    typed as is (`search zram -zhp`); a word that starts with -- goes after --.
    """
    from clkarchive.models import Marks

    color = not as_json and _color(ctx)
    marks = Marks("\x1b[1;31m", "\x1b[0m") if color else Marks()
    result = _archive(ctx).search(
        " ".join(words),
        limit=limit,
        forum=forum,
        pages=pages_per_talk,
        marks=marks,
        **filters,
    )
    if as_json:
        _print_json(asdict(result))
    else:
        _search_header(result)
        for talk in result.results:
            forum_name = f"{talk.forum} ({talk.forum_en})" if talk.forum_en else talk.forum
            by = f" — {'、'.join(talk.speakers)}" if talk.speakers else ""
            where = " · ".join(filter(None, [talk.source, forum_name]))
            click.echo(f"{talk.rank}. {click.style(talk.title, bold=color)}{by}  [{where}]")
            if when := _when(talk.date, talk.start, talk.end):
                click.echo(f"   {when}")
            click.echo(f"   {talk.file}")
            if talk.missing:
                click.echo(f"   has {', '.join(talk.matched) or 'nothing'}; lacks {', '.join(talk.missing)}")
            for page in talk.pages:
                click.echo(f"   p.{page.page}: {page.snippet}")
            click.echo()
        if result.results:
            shown = len(result.results)
            click.echo(
                f"{shown} of {result.total} matching talks"
                if result.total > shown
                else f"{result.total} matching talk{'s' * (result.total != 1)}"
            )
    if not result.results:
        click.echo(f"clkarchive: no talk matches {result.query!r}", err=True)
        ctx.exit(1)


def _when(date: str | None, start: str | None, end: str | None) -> str:
    """The agenda's time of a talk, "2024-10-26 14:00-14:20", or "" when it gives none."""
    return " ".join(filter(None, [date, "-".join(filter(None, [start, end]))]))


def _search_header(result: SearchResult) -> None:
    """What the search did besides matching the words as typed, one short line each."""
    click.echo("".join(f"note: {note}\n" for note in result.notes), nl=False)  # what it left out
    if result.corrected:
        click.echo(f"showing results for: {result.corrected}")
    if result.expanded:
        click.echo(f"also searched: {', '.join(result.expanded[:8])}{' …' * (len(result.expanded) > 8)}")
    if result.results and not result.complete:
        click.echo(f"no talk has all of: {' '.join(result.words)}; closest matches:")
    if result.corrected or result.expanded or not result.complete or result.notes:
        click.echo()


@cli.command()
@click.option("--forum", metavar="TEXT", help="Only forums whose Chinese or English name contains TEXT.")
@_filters
@click.option("--speaker", metavar="NAME", help="A person's talks of every year (Chinese name or pinyin).")
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.pass_context
def talks(
    ctx: click.Context,
    forum: str | None,
    source: str | None,
    year: int | None,
    speaker: str | None,
    as_json: bool,
) -> None:
    """List every talk and material, tab-separated: source, forum, order, time, title, speakers, pages, file.

    The time (date and start-end) is the agenda poster's; talks the agenda lists
    without a deck in the repository show "agenda" for their pages.
    """
    if speaker is not None:
        if forum or source or year:
            raise UsageError("--speaker lists a person's talks of every year: give it alone")
        people = _archive(ctx).speakers(speaker)  # two people whose names read alike: both
        if not people:
            raise ClkError(f"no speaker is named {speaker!r} (give the name in Chinese characters or pinyin)")
        if as_json:
            return _print_json([asdict(p) for p in people])
        return click.echo("\n".join(map(str, people)))
    entries = _archive(ctx).talks(source=source, year=year, forum=forum)
    if as_json:
        rows = [asdict(e) for e in entries]
        for row in rows:  # what the agenda withheld is null, its reason in "withheld"
            row.update({key: None for name in row["withheld"] for key in _WITHHELD.get(name, (name,))})
        _print_json(rows)
        return
    click.echo("source\tforum\torder\ttime\ttitle\tspeakers\tpages\tfile")
    for e in entries:
        pages = e.pages if e.kind == "slides" else e.kind
        speakers = "、".join(e.speakers)
        when = _when(e.date, e.start, e.end)
        click.echo(
            f"{e.source}\t{e.forum}\t{e.order or ''}\t{when}\t{e.title}\t{speakers}\t{pages}\t{e.file}"
        )


_WITHHELD = {"time": ("date", "start", "end"), "speakers": ("speakers", "affiliations")}


class _Age(click.ParamType):  # type: ignore[type-arg]  # generic in click's stubs only
    """An age such as 30m, 6h or 2d, as a timedelta."""

    name = "AGE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> timedelta:
        if isinstance(value, timedelta):
            return value
        from clkarchive.cron import split_interval

        found = split_interval(value)
        if not found:
            self.fail(f"{value!r}: give a whole number and m, h or d (30m, 6h, 2d)", param, ctx)
        count, unit = found
        return timedelta(**{{"m": "minutes", "h": "hours", "d": "days"}[unit]: count})


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.option(
    "--check",
    is_flag=True,
    help="Exit 1 when a source was never synced, its last sync failed or is too old, "
    "or most of its decks failed (for monitoring).",
)
@click.option(
    "--max-age",
    type=_Age(),
    default="1d",
    show_default=True,
    help="With --check: how old the last successful sync may be (30m, 6h, 2d).",
)
@click.pass_context
def status(ctx: click.Context, as_json: bool, check: bool, max_age: timedelta) -> None:
    """Show each source's last sync: commit, time, counts and files that failed."""
    from clkarchive.status import problems

    if not check and ctx.get_parameter_source("max_age") is not click.core.ParameterSource.DEFAULT:
        raise UsageError("--max-age only applies with --check")
    statuses = _archive(ctx).status()
    if as_json:
        _print_json([asdict(s) for s in statuses])
    else:
        for s in statuses:
            if s.syncing and not s.commit:
                click.echo(f"{s.source}: a sync is running: {s.syncing}")
                continue
            if never := s.never_synced():
                click.echo(f"{s.source}: {never}")
                continue
            ocr = f" ({s.ocr_pages} read by OCR)" if s.ocr_pages else ""
            # "synced" only once the whole sync has ended: its text is published before its pictures.
            when = f"text indexed {s.synced_at}, a sync is running ({s.syncing})"
            click.echo(
                f"{s.source}: {(s.commit or '')[:12]} {when if s.syncing else f'synced {s.synced_at}'}; "
                f"{s.talks} talks, {s.pages} pages{ocr}, {s.materials} materials, {len(s.failures)} failed"
            )
            if s.last_error:
                click.echo(f"  last sync failed at {s.last_attempt}: {s.error()}")
            for f in s.failures:
                click.echo(f"  failed {f.path}: {f.reason}")
            if s.added:
                click.echo(f"  the sync of {s.added_at} added {len(s.added)}: {'; '.join(s.added[:10])}")
            for path, pages in s.read_by_ocr.items():
                plural = "s" * (pages != 1)
                click.echo(f"  read by OCR {path}: its text ({pages} page{plural}) came from its pictures")
    if check:
        found = problems(statuses, max_age)
        for problem in found:
            click.echo(f"clkarchive: problem: {problem}", err=True)
        ctx.exit(1 if found else 0)


@cli.command()
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
@click.pass_context
def cron(ctx: click.Context, every: str, log: Path | None, install: bool, systemd: bool) -> None:
    """Print (or install) the schedule that runs `clkarchive sync --quiet` unattended."""
    from clkarchive import cron as schedule

    config = _archive(ctx).config.path
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


@cli.command()
@click.pass_context
def init(ctx: click.Context) -> None:
    """Write a commented starter config with every year of the conference; never overwrites a file."""
    from clkarchive.config import user_config, write_starter

    named = named_config(ctx.find_root().ensure_object(_Settings).config)
    path = named or user_config()
    write_starter(path, beside=named is not None)
    config = load_config(path)
    click.echo(f"wrote {path}: {', '.join(s.name for s in config.sources)}")
    where = "beside the config" if named else "the default place for the data"
    click.echo(f"mirror in {config.mirror_dir}, index in {config.index_dir} ({where}); next: clkarchive sync")


MAX_SERVE_WORKERS = 256  # each is a Python process with a warm index: more would only cost memory


@cli.command()
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
    web.serve(_archive(ctx), settings, click.echo, open_browser, workers=workers)


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


def main() -> None:
    cli(prog_name="clkarchive")
