"""The command line: parse, call the library, print. Nothing else lives here.

Modules that only `sync` needs (pygit2, pdfminer) are imported inside it, so
`clkarchive search` starts quickly.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

import click

from clkarchive import __version__
from clkarchive.config import Config, config_path, load_config
from clkarchive.errors import ClkError

EX_TEMPFAIL = 75


class _Cli(click.Group):
    """Every known failure becomes one line on stderr and its exit status; never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClkError as exc:
            click.echo(f"clkarchive: {exc}", err=True)
            ctx.exit(exc.exit_code)
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


def _config(ctx: click.Context) -> Config:
    return load_config(ctx.find_root().obj)


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@click.pass_context
def sync(ctx: click.Context, as_json: bool) -> None:
    """Mirror every source and index what changed."""
    from clkarchive.sync import sync as run_sync

    config = _config(ctx)
    progress = _BarProgress() if sys.stderr.isatty() and not as_json else _LineProgress(as_json)
    reports = run_sync(config, progress)
    progress.close()
    if as_json:
        _print_json([asdict(r) for r in reports])
    for report in reports:
        if not as_json:
            click.echo(report.summary())
        for failure in report.failures if not as_json else ():
            click.echo(f"  skipped {failure.path}: {failure.reason}")
        if report.error:
            click.echo(f"clkarchive: {report.error}", err=True)
    codes = {r.exit_code for r in reports if r.exit_code}
    # A source that can be retried later only matters when nothing worse happened.
    ctx.exit(max(codes - {EX_TEMPFAIL}, default=EX_TEMPFAIL if codes else 0))


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
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.pass_context
def search(
    ctx: click.Context,
    words: tuple[str, ...],
    limit: int,
    pages_per_talk: int,
    forum: str | None,
    as_json: bool,
) -> None:
    """Search the slides: all WORDS must match; "quoted phrases" match in a row."""
    from clkarchive.search import Marks
    from clkarchive.search import search as run_search

    color = not as_json and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    marks = Marks("\x1b[1;31m", "\x1b[0m") if color else Marks()
    result = run_search(
        _config(ctx), " ".join(words), limit=limit, forum=forum, pages_per_talk=pages_per_talk, marks=marks
    )
    if as_json:
        _print_json(asdict(result))
    else:
        for talk in result.results:
            forum_name = f"{talk.forum} ({talk.forum_en})" if talk.forum_en else talk.forum
            click.echo(f"{talk.rank}. {click.style(talk.title, bold=color)}  [{talk.source} · {forum_name}]")
            click.echo(f"   {talk.file}")
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


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as JSON.")
@click.pass_context
def talks(ctx: click.Context, as_json: bool) -> None:
    """List every talk and material, tab-separated: source, forum, order, title, pages, file."""
    from clkarchive import index

    config = _config(ctx)
    files = index.indexed_files(index.open_index(config.index_dir))
    files.sort(key=lambda f: (f.source, f.talk.forum, f.talk.kind, f.talk.order or 0, f.talk.path))
    rows = [
        dict(
            source=f.source,
            forum=f.talk.forum,
            forum_en=f.talk.forum_en,
            order=f.talk.order,
            title=f.talk.title,
            kind=f.talk.kind,
            pages=f.pages,
            path=f.talk.path,
            file=str(Path(config.mirror_dir, f.source, f.talk.path).resolve()),
        )
        for f in files
    ]
    if as_json:
        _print_json(rows)
        return
    click.echo("source\tforum\torder\ttitle\tpages\tfile")
    for r in rows:
        pages = r["pages"] if r["kind"] == "slides" else r["kind"]
        click.echo(f"{r['source']}\t{r['forum']}\t{r['order'] or ''}\t{r['title']}\t{pages}\t{r['file']}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON.")
@click.pass_context
def status(ctx: click.Context, as_json: bool) -> None:
    """Show each source's last sync: commit, time, counts and files that failed."""
    from clkarchive import index

    config = _config(ctx)
    ix = index.open_index(config.index_dir)
    states = {s.name: s for s in index.source_states(ix)}
    files = index.indexed_files(ix)
    out = []
    for source in config.sources:
        held = [f for f in files if f.source == source.name]
        state = states.get(source.name)
        out.append(
            dict(
                source=source.name,
                url=source.url,
                commit=state.commit if state else None,
                synced_at=state.synced_at if state else None,
                talks=sum(f.talk.kind == "slides" for f in held),
                materials=sum(f.talk.kind == "material" for f in held),
                pages=sum(f.pages for f in held),
                failures=[asdict(f) for f in state.failures] if state else [],
            )
        )
    if as_json:
        _print_json(out)
        return
    for s in out:
        if not s["commit"]:
            click.echo(f"{s['source']}: never synced")
            continue
        click.echo(
            f"{s['source']}: {s['commit'][:12]} synced {s['synced_at']}; {s['talks']} talks, "
            f"{s['pages']} pages, {s['materials']} materials, {len(s['failures'])} failed"
        )
        for f in s["failures"]:
            click.echo(f"  failed {f['path']}: {f['reason']}")


def main() -> None:
    cli(prog_name="clkarchive")
