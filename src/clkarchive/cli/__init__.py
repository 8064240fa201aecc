"""The command line: click only. Each command parses, calls one Archive method and prints; the
commands live by what they work on (archive_commands, host_commands), what they share in common.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

import click

from clkarchive._version import __version__
from clkarchive.cli import archive_commands, host_commands
from clkarchive.cli.common import EX_TEMPFAIL, EXIT_STATUSES, Settings, exit_status, shared_options
from clkarchive.errors import ClkError

__all__ = ["EXIT_STATUSES", "EX_TEMPFAIL", "cli", "exit_status", "main"]


class _Cli(click.Group):
    """Every known failure becomes one line on stderr and its exit status; never a traceback."""

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        """Every command accepts the shared options after its name too, unless it has its own."""
        taken = {opt for param in cmd.params for opt in param.opts}
        cmd.params.extend(o for o in shared_options() if not taken & set(o.opts))
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


@click.group(cls=_Cli, params=shared_options())
@click.version_option(__version__, prog_name="clkarchive")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Mirror the China Linux Kernel Developers Conference slides and search them."""
    ctx.ensure_object(Settings)
    logger = logging.getLogger("clkarchive")
    if not any(isinstance(h, _WarningHandler) for h in logger.handlers):
        logger.addHandler(_WarningHandler())


class _WarningHandler(logging.Handler):
    """The library's warnings (a damaged mirror re-cloned, say), one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"clkarchive: warning: {record.getMessage()}", err=True)


for _command in (
    archive_commands.sync,
    archive_commands.search,
    archive_commands.talks,
    archive_commands.status,
    host_commands.cron,
    host_commands.init,
    host_commands.serve,
):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="clkarchive")
