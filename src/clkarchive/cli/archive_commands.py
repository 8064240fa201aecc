"""The commands over the archive itself: sync it, search it, list its talks, say how it stands."""

from __future__ import annotations

import sys
from dataclasses import asdict, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from clkarchive.archive import SEARCH_KINDS, Archive
from clkarchive.cli.common import EX_TEMPFAIL, filter_options, open_archive, print_json, time_of, wants_color
from clkarchive.errors import ClkError, UsageError

if TYPE_CHECKING:
    from clkarchive.models import SearchResult


@click.command()
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
    archive = open_archive(ctx)
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
        print_json([asdict(r) for r in reports])
    failed = [r for r in reports if r.error]
    # A source that can be retried later only matters when nothing worse happened.
    if any(not r.temporary for r in failed):
        ctx.exit(1)
    ctx.exit(EX_TEMPFAIL if failed else 0)


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


@click.command(cls=_QueryCommand, context_settings={"ignore_unknown_options": True})
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
@filter_options
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

    color = not as_json and wants_color(ctx)
    marks = Marks("\x1b[1;31m", "\x1b[0m") if color else Marks()
    result = open_archive(ctx).search(
        " ".join(words),
        limit=limit,
        forum=forum,
        pages=pages_per_talk,
        marks=marks,
        **filters,
    )
    if as_json:
        print_json(asdict(result))
    else:
        _search_header(result)
        for talk in result.results:
            forum_name = f"{talk.forum} ({talk.forum_en})" if talk.forum_en else talk.forum
            by = f" — {'、'.join(talk.speakers)}" if talk.speakers else ""
            where = " · ".join(filter(None, [talk.source, forum_name]))
            click.echo(f"{talk.rank}. {click.style(talk.title, bold=color)}{by}  [{where}]")
            if when := time_of(talk.date, talk.start, talk.end):
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


@click.command()
@click.option("--forum", metavar="TEXT", help="Only forums whose Chinese or English name contains TEXT.")
@filter_options
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
        people = open_archive(ctx).speakers(speaker)  # two people whose names read alike: both
        if not people:
            raise ClkError(f"no speaker is named {speaker!r} (give the name in Chinese characters or pinyin)")
        if as_json:
            return print_json([asdict(p) for p in people])
        return click.echo("\n".join(map(str, people)))
    entries = open_archive(ctx).talks(source=source, year=year, forum=forum)
    if as_json:
        rows = [asdict(e) for e in entries]
        for row in rows:  # what the agenda withheld is null, its reason in "withheld"
            row.update({key: None for name in row["withheld"] for key in _WITHHELD.get(name, (name,))})
        print_json(rows)
        return
    click.echo("source\tforum\torder\ttime\ttitle\tspeakers\tpages\tfile")
    for e in entries:
        pages = e.pages if e.kind == "slides" else e.kind
        speakers = "、".join(e.speakers)
        when = time_of(e.date, e.start, e.end)
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


@click.command()
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
    statuses = open_archive(ctx).status()
    if as_json:
        print_json([asdict(s) for s in statuses])
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
