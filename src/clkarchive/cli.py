"""The command line: parse, call one Archive method, print. Nothing else lives here.

Exit statuses are decided here and nowhere else (EXIT_STATUSES), following
sysexits where cron and monitoring care: 75 (EX_TEMPFAIL) means "nothing
changed, try again later"; 2 is bad usage or configuration; 1 any other failure.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import asdict, replace
from pathlib import Path

import click

from clkarchive import __version__
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


class _Cli(click.Group):
    """Every known failure becomes one line on stderr and its exit status; never a traceback."""

    def invoke(self, ctx: click.Context):
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


@click.group(cls=_Cli)
@click.option(
    "--config",
    "config_file",
    metavar="PATH",
    help="Config file [default: $CLKARCHIVE_CONFIG, else ./config.toml].",
)
@click.version_option(__version__, prog_name="clkarchive")
@click.pass_context
def cli(ctx: click.Context, config_file: str | None) -> None:
    """Mirror the China Linux Kernel Developers Conference slides and search them."""
    ctx.obj = config_path(config_file)
    logger = logging.getLogger("clkarchive")
    if not any(isinstance(h, _WarningHandler) for h in logger.handlers):
        logger.addHandler(_WarningHandler())


class _WarningHandler(logging.Handler):
    """The library's warnings (a damaged mirror re-cloned, say), one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"clkarchive: warning: {record.getMessage()}", err=True)


def _archive(ctx: click.Context) -> Archive:
    config = load_config(ctx.find_root().obj)
    for warning in config.warnings:
        click.echo(f"clkarchive: warning: {warning}", err=True)
    return Archive(config)


def _print_json(data) -> None:
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
@click.pass_context
def sync(
    ctx: click.Context, as_json: bool, quiet: bool, log_file: Path | None, allow_empty: bool, prune: bool
) -> None:
    """Mirror every source and index what changed."""
    archive = _archive(ctx)
    if log_file:
        archive = Archive(replace(archive.config, log_file=log_file.resolve()))
    if as_json or quiet:
        progress = _LineProgress(silent=True)
    else:
        progress = _BarProgress() if sys.stderr.isatty() else _LineProgress(silent=False)
    reports = archive.sync(progress, allow_empty=allow_empty, prune=prune)
    progress.close()
    if as_json:
        _print_json([asdict(r) for r in reports])
    for report in reports:
        if report.error:
            click.echo(f"clkarchive: {report.error}", err=True)
        if as_json or (quiet and not report.newsworthy()):
            continue
        click.echo(report.summary())
        for failure in report.failures:
            click.echo(f"  skipped {failure.path}: {failure.reason}")
    failed = [r for r in reports if r.error]
    # A source that can be retried later only matters when nothing worse happened.
    if any(not r.temporary for r in failed):
        ctx.exit(1)
    ctx.exit(EX_TEMPFAIL if failed else 0)


class _LineProgress:
    """Plain lines for logs and pipes: one per extracted file."""

    def __init__(self, silent: bool) -> None:
        self.silent = silent

    def extracting(self, source: str, total: int) -> None:
        if not self.silent:
            click.echo(f"{source}: extracting {total} files")

    def extracted(self, source: str, result) -> None:
        if self.silent:
            return
        outcome = f"skipped: {result.error}" if result.error else f"{len(result.pages)} pages"
        click.echo(f"{source}: {result.key} ({outcome})")

    def close(self) -> None:
        pass


class _BarProgress:
    """A progress bar on the terminal, one per source."""

    def __init__(self) -> None:
        self.bar = None

    def extracting(self, source: str, total: int) -> None:
        self.close()
        self.bar = click.progressbar(length=total, label=f"{source}: extracting", file=sys.stderr)
        self.bar.__enter__()

    def extracted(self, source: str, result) -> None:
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _filters(func):
    """--source and --year, shared by search and talks."""
    func = click.option("--year", type=int, help="Only sources of this conference year.")(func)
    return click.option("--source", metavar="NAME", help="Only this source (its name in the config).")(func)


@cli.command()
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
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.pass_context
def search(
    ctx: click.Context,
    words: tuple[str, ...],
    limit: int,
    pages_per_talk: int,
    forum: str | None,
    source: str | None,
    year: int | None,
    as_json: bool,
) -> None:
    """Search the slides for talks holding all WORDS (in any of their pages, title or speakers).

    English and Chinese find each other through a kernel glossary; filler words
    (how, the, 怎么, 的) are not required; when no talk has every word, the
    closest matches are shown (exit 0). "quoted phrases", a OR b, NOT word,
    -word, prefix* and title:/speakers: keep their exact meaning.
    """
    from clkarchive.search import Marks

    color = not as_json and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    marks = Marks("\x1b[1;31m", "\x1b[0m") if color else Marks()
    result = _archive(ctx).search(
        " ".join(words),
        limit=limit,
        forum=forum,
        pages=pages_per_talk,
        marks=marks,
        source=source,
        year=year,
    )
    if as_json:
        _print_json(asdict(result))
    else:
        _search_header(result)
        for talk in result.results:
            forum_name = f"{talk.forum} ({talk.forum_en})" if talk.forum_en else talk.forum
            by = f" — {'、'.join(talk.speakers)}" if talk.speakers else ""
            click.echo(
                f"{talk.rank}. {click.style(talk.title, bold=color)}{by}  [{talk.source} · {forum_name}]"
            )
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


def _search_header(result) -> None:
    """What the search did besides matching the words as typed, one short line each."""
    if result.corrected:
        click.echo(f"showing results for: {result.corrected}")
    if result.expanded:
        click.echo(f"also searched: {', '.join(result.expanded[:8])}{' …' * (len(result.expanded) > 8)}")
    if result.results and not result.complete:
        click.echo(f"no talk has all of: {' '.join(result.words)}; closest matches:")
    if result.corrected or result.expanded or not result.complete:
        click.echo()


@cli.command()
@_filters
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.pass_context
def talks(ctx: click.Context, source: str | None, year: int | None, as_json: bool) -> None:
    """List every talk and material, tab-separated: source, forum, order, title, speakers, pages, file."""
    entries = _archive(ctx).talks(source=source, year=year)
    if as_json:
        _print_json([asdict(e) for e in entries])
        return
    click.echo("source\tforum\torder\ttitle\tspeakers\tpages\tfile")
    for e in entries:
        pages = e.pages if e.kind == "slides" else e.kind
        speakers = "、".join(e.speakers)
        click.echo(f"{e.source}\t{e.forum}\t{e.order or ''}\t{e.title}\t{speakers}\t{pages}\t{e.file}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.option(
    "--check", is_flag=True, help="Exit 1 when a source's last sync failed or is too old (for monitoring)."
)
@click.option(
    "--max-age",
    default="1d",
    show_default=True,
    metavar="AGE",
    help="With --check: how old the last successful sync may be (30m, 6h, 2d).",
)
@click.pass_context
def status(ctx: click.Context, as_json: bool, check: bool, max_age: str) -> None:
    """Show each source's last sync: commit, time, counts and files that failed."""
    from clkarchive.status import parse_age, problems

    age = parse_age(max_age)
    statuses = _archive(ctx).status()
    if as_json:
        _print_json([asdict(s) for s in statuses])
    else:
        for s in statuses:
            if not s.commit:
                click.echo(f"{s.source}: never synced")
            else:
                click.echo(
                    f"{s.source}: {s.commit[:12]} synced {s.synced_at}; {s.talks} talks, "
                    f"{s.pages} pages, {s.materials} materials, {len(s.failures)} failed"
                )
            if s.last_error:
                click.echo(f"  last sync failed at {s.last_attempt}: {s.last_error}")
            for f in s.failures:
                click.echo(f"  failed {f.path}: {f.reason}")
    if check:
        found = problems(statuses, age)
        for problem in found:
            click.echo(f"clkarchive: problem: {problem}", err=True)
        ctx.exit(1 if found else 0)


@cli.command()
@click.option("--every", default="hourly", show_default=True, help="Interval: hourly, daily, 30m, 6h, 1d...")
@click.option(
    "--log",
    "log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where cron appends the output [default: clkarchive-cron.log beside the config].",
)
@click.option("--install", is_flag=True, help="Add the line to your crontab, replacing an earlier one.")
@click.option("--systemd", is_flag=True, help="Print a systemd user service and timer instead.")
@click.pass_context
def cron(ctx: click.Context, every: str, log: Path | None, install: bool, systemd: bool) -> None:
    """Print (or install) the schedule that runs `clkarchive sync --quiet` unattended."""
    from clkarchive import schedule

    config = _archive(ctx).config.path
    interval = schedule.Every.parse(every)
    log = (log or config.parent / "clkarchive-cron.log").resolve()
    if systemd:
        service, timer = schedule.systemd_units(config, interval, log)
        click.echo(f"# ~/.config/systemd/user/clkarchive.service\n{service}")
        click.echo(f"# ~/.config/systemd/user/clkarchive.timer\n{timer}")
        click.echo("# then: systemctl --user daemon-reload && systemctl --user enable --now clkarchive.timer")
        return
    line = schedule.crontab_line(config, interval, log)
    if install:
        outcome = schedule.install_crontab(line, config)
        click.echo(f"crontab: {outcome}: {line}")
    else:
        click.echo(line)


def main() -> None:
    cli(prog_name="clkarchive")
