"""How `clkarchive sync` tells where it is: a line that redraws itself on a terminal, plain lines in a pipe.

A first sync of four years reads text for a minute and pictures for several, so
the terminal line names the phase ("reading pictures 37/223"), what is being
read, and an estimate from that phase's own rate, measured in its own unit of
work (a deck's bytes, a picture's tiles) so that a long poster read first does not
make the quick pages after it look slow. Each source's summary line is printed
as soon as that source is done, pictures included.
"""

from __future__ import annotations

import shutil
import sys
import time
from typing import TextIO

import click

from clkarchive.models import SyncReport

# No estimate before this share of a phase's work is done, or this many seconds: the first items
# say little of the rest.
_EARLY_SHARE = 0.05
_EARLY_SECONDS = 5.0
# The estimate shown moves this share of the way to the latest one each time it is drawn,
# besides counting down: one slow or quick item does not make it jump.
_SMOOTHING = 0.3


class Summaries:
    """A summary line per source when it is done, and its failures; on stderr, the source's error."""

    def __init__(self, quiet: bool, silent: bool) -> None:
        self.quiet, self.silent = quiet, silent

    def finished(self, report: SyncReport) -> None:
        if report.error:  # on stderr only: a terminal would show it twice
            click.echo(f"clkarchive: {report.summary()}", err=True)
            return
        if self.silent or (self.quiet and not report.newsworthy()):
            return
        click.echo(report.summary())
        for failure in report.failures:
            click.echo(f"  skipped {failure.path}: {failure.reason}")


class LineProgress(Summaries):
    """Plain lines for logs and pipes: the phase, then one line per file read."""

    def phase(self, source: str, name: str, total: int, work: float) -> None:
        if not self.silent and not self.quiet:
            click.echo(f"{source}: {name} ({total} to read)")

    def reading(self, source: str, name: str) -> None:
        pass

    def extracted(self, source: str, name: str, pages: int, error: str | None, work: float) -> None:
        if self.silent or self.quiet:
            return
        outcome = f"skipped: {error}" if error else f"{pages} pages"
        click.echo(f"{source}: {name} ({outcome})")

    def close(self) -> None:
        pass


class TerminalProgress(Summaries):
    """One line on the terminal (stderr), redrawn: source, phase, count, estimate, what is being read."""

    def __init__(self, stream: TextIO | None = None) -> None:
        super().__init__(quiet=False, silent=False)
        self.stream = stream or sys.stderr
        self.source = self.name = ""
        self.total = self.done = 0
        self.work = self.work_done = 0.0
        self.started = 0.0
        self.reading_now: list[str] = []
        self.estimate: float | None = None
        self.drawn_at = 0.0
        self.drawn = False

    def phase(self, source: str, name: str, total: int, work: float) -> None:
        self.source, self.name, self.total, self.done = source, name, total, 0
        self.work, self.work_done = work or float(total), 0.0
        self.started = time.monotonic()
        self.reading_now, self.estimate = [], None
        self._draw()

    def reading(self, source: str, name: str) -> None:
        self.reading_now.append(name)
        self._draw()

    def extracted(self, source: str, name: str, pages: int, error: str | None, work: float) -> None:
        self.done += 1
        self.work_done += work
        if name in self.reading_now:
            self.reading_now.remove(name)
        self._draw()

    def finished(self, report: SyncReport) -> None:
        self._clear()
        super().finished(report)

    def close(self) -> None:
        self._clear()

    def left(self, now: float) -> float | None:
        """Seconds left in this phase, from the phase's own rate so far; None while too early to say."""
        elapsed = now - self.started
        share = self.work_done / self.work if self.work else 1.0
        if share < _EARLY_SHARE or elapsed < _EARLY_SECONDS or share >= 1.0:
            return None
        latest = elapsed * (1 - share) / share
        if self.estimate is None:
            self.estimate = latest
        else:
            counted_down = max(0.0, self.estimate - (now - self.drawn_at))
            self.estimate = counted_down + _SMOOTHING * (latest - counted_down)
        return self.estimate

    def line(self, now: float) -> str:
        left = self.left(now)
        eta = f", {_duration(left)} left" if left is not None else ""
        current = f": {self.reading_now[-1]}" if self.reading_now else ""
        return f"{self.source}: {self.name} {self.done}/{self.total}{eta}{current}"

    def _draw(self) -> None:
        now = time.monotonic()
        text = self.line(now)
        self.drawn_at = now
        width = shutil.get_terminal_size((100, 24)).columns - 1
        self.stream.write("\r\x1b[K" + _fit(text, width))
        self.stream.flush()
        self.drawn = True

    def _clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else f"{seconds} s"


def _fit(text: str, width: int) -> str:
    """The line cut to the terminal's width, counting a CJK character as two columns."""
    import unicodedata

    out, used = [], 0
    for char in text:
        used += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used > width:
            break
        out.append(char)
    return "".join(out)
