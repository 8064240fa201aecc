"""Unattended refresh: a crontab line or a systemd timer that runs `clkarchive sync --quiet`.

The minute of the hour is derived from the config path, so several archives
(or several users) on one host do not all hit the remote at minute 0, as
grokmirror advises for mirrors.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

from clkarchive.errors import ClkError, UsageError

MARK = "# clkarchive:"


def split_interval(text: str) -> tuple[int, str]:
    """'30m' -> (30, 'm'); units m, h, d. The one parser for every interval the CLI takes."""
    m = re.fullmatch(r"(\d+)\s*([mhd])", text.strip().lower())
    if not m or int(m.group(1)) == 0:
        raise UsageError(f"{text!r}: give a whole number and m, h or d (30m, 6h, 2d)")
    return int(m.group(1)), m.group(2)


@dataclass(frozen=True)
class Every:
    """A refresh interval: a whole number of minutes, hours or days."""

    count: int
    unit: str  # "m", "h" or "d"

    @classmethod
    def parse(cls, text: str) -> Every:
        if text == "hourly":
            return cls(1, "h")
        if text == "daily":
            return cls(1, "d")
        every = cls(*split_interval(text))
        limits = {"m": 60, "h": 24, "d": 1}
        if every.count > limits[every.unit] or limits[every.unit] % every.count:
            raise UsageError(
                f"--every {text!r}: cron can only repeat at intervals that divide a "
                "day evenly (for example 15m, 30m, 1h, 2h, 6h, 1d)"
            )
        return every

    def systemd(self) -> str:
        return f"{self.count}{ {'m': 'min', 'h': 'h', 'd': 'd'}[self.unit] }"


def executable() -> str:
    """The absolute path of the clkarchive program that cron should run."""
    found = shutil.which("clkarchive")
    if found:
        return str(Path(found).resolve())
    # Not on PATH (a venv not activated): run this interpreter's module instead.
    return f"{Path(sys.executable).resolve()} -m clkarchive"


def command(config: Path, log: Path) -> str:
    return f"{executable()} --config {shlex.quote(str(config))} sync --quiet >> {shlex.quote(str(log))} 2>&1"


def crontab_line(config: Path, every: Every, log: Path) -> str:
    minute = zlib.crc32(str(config).encode()) % 60
    if every.unit == "m":
        when = f"{minute % every.count}-59/{every.count} * * * *"
    elif every.unit == "h":
        when = f"{minute} */{every.count} * * *" if every.count > 1 else f"{minute} * * * *"
    else:
        when = f"{minute} 3 * * *"
    # In a crontab an unescaped % ends the command; the shell ignores the trailing # mark.
    return f"{when} {command(config, log).replace('%', chr(92) + '%')} {MARK}{config}"


def systemd_units(config: Path, every: Every, log: Path) -> tuple[str, str]:
    """(clkarchive.service, clkarchive.timer) for ~/.config/systemd/user/."""
    service = (
        "[Unit]\nDescription=Refresh the clkarchive slide mirror and index\n\n"
        "[Service]\nType=oneshot\n"
        f"ExecStart=/bin/sh -c {shlex.quote(command(config, log))}\n"
    )
    timer = (
        "[Unit]\nDescription=Run clkarchive sync periodically\n\n"
        f"[Timer]\nOnBootSec=5min\nOnUnitActiveSec={every.systemd()}\nRandomizedDelaySec=5min\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return service, timer


def install_crontab(line: str, config: Path) -> str:
    """Put line in the user's crontab, replacing this config's earlier line; 'added' or 'replaced'."""
    if not shutil.which("crontab"):
        raise ClkError("crontab is not installed here; use --systemd, or add the line by hand")
    current = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    if current.returncode != 0 and "no crontab" not in current.stderr.lower():
        raise ClkError(f"crontab -l failed: {current.stderr.strip() or current.returncode}")
    lines = current.stdout.splitlines() if current.returncode == 0 else []
    kept = [ln for ln in lines if not ln.endswith(f"{MARK}{config}")]
    outcome = "replaced" if len(kept) < len(lines) else "added"
    new = "\n".join([*kept, line]) + "\n"
    written = subprocess.run(["crontab", "-"], input=new, capture_output=True, text=True)
    if written.returncode != 0:
        raise ClkError(f"crontab - failed: {written.stderr.strip() or written.returncode}")
    return outcome
