"""Unattended refresh: a crontab line or a systemd timer that runs `clkarchive sync --quiet`.

The minute of the hour is derived from the config path, so several archives
(or several users) on one host do not all hit the remote at minute 0, as
grokmirror advises for mirrors; the systemd units are named after the config
for the same reason.

Both formats are little languages of their own: a newline in a crontab is a
new job, and systemd expands % and $ and reads C escapes inside ExecStart. So
paths with control characters are refused outright, and everything else is
escaped for the format it goes into.
"""

from __future__ import annotations

import hashlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from clkarchive.config import xdg_home
from clkarchive.errors import ClkError, UsageError

MARK = "# clkarchive:"
# Intervals cron can repeat evenly: minutes that divide an hour, hours that divide a day, one day.
_EVEN = {"m": (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60), "h": (1, 2, 3, 4, 6, 8, 12, 24), "d": (1,)}


def split_interval(text: str) -> tuple[int, str] | None:
    """'30m' -> (30, 'm'); units m, h, d. The one reader of every interval the CLI takes."""
    m = re.fullmatch(r"(\d+)\s*([mhd])", text.strip().lower())
    return (int(m.group(1)), m.group(2)) if m and int(m.group(1)) else None


@dataclass(frozen=True)
class Every:
    """A refresh interval cron can keep: minutes dividing an hour, hours dividing a day, or a day."""

    count: int
    unit: str  # "m", "h" or "d"

    @classmethod
    def parse(cls, text: str) -> Every:
        named = {"hourly": (1, "h"), "daily": (1, "d")}
        found = named.get(text.strip().lower()) or split_interval(text)
        if not found or found[0] not in _EVEN[found[1]]:
            valid = ", ".join(f"{n}{unit}" for unit, counts in _EVEN.items() for n in counts)
            raise UsageError(f"--every {text!r}: give hourly, daily or one of {valid}")
        return cls(*found)

    def systemd(self) -> str:
        return f"{self.count}{ {'m': 'min', 'h': 'h', 'd': 'd'}[self.unit] }"


def executable() -> str:
    """The command that starts this very clkarchive, shell-quoted, for cron to run.

    Not the first `clkarchive` on PATH (it may be another install), and not the
    interpreter with its symlinks resolved: a venv's python is a symlink to the
    base interpreter, which cannot import what the venv holds.
    """
    script = Path(sys.argv[0])
    if script.name == "clkarchive" and script.is_file() and os.access(script, os.X_OK):
        return shlex.quote(os.path.abspath(script))  # the console script pip installed
    return f"{shlex.quote(os.path.abspath(sys.executable))} -m clkarchive"


def _refuse_control_characters(*paths: Path) -> None:
    """A newline in a path would start a new crontab job; no escaping makes that safe."""
    for path in paths:
        if any(unicodedata.category(c) == "Cc" for c in str(path)):
            raise UsageError(f"{str(path)!r}: a path with control characters cannot be scheduled; rename it")


def command(config: Path, log: Path) -> str:
    """The shell command both schedulers run."""
    _refuse_control_characters(config, log)
    return f"{executable()} --config {shlex.quote(str(config))} sync --quiet >> {shlex.quote(str(log))} 2>&1"


def crontab_line(config: Path, every: Every, log: Path) -> str:
    minute = zlib.crc32(str(config).encode()) % 60
    if every.unit == "m":
        when = f"{minute % every.count}-59/{every.count} * * * *" if every.count < 60 else f"{minute} * * * *"
    elif every.unit == "h":
        when = f"{minute} */{every.count} * * *" if every.count > 1 else f"{minute} * * * *"
    else:
        when = f"{minute} 3 * * *"
    # The shell ignores the trailing # mark; install_crontab finds this config's line by it.
    return f"{when} {_cron_escape(command(config, log))} {_cron_mark(config)}"


def _cron_escape(text: str) -> str:
    """In a crontab an unescaped % ends the command and starts its standard input."""
    return text.replace("%", "\\%")


def _cron_mark(config: Path) -> str:
    return _cron_escape(f"{MARK}{config}")


def unit_name(config: Path) -> str:
    """clkarchive-<8 hex digits of the config path>: one pair of units per archive on a host."""
    return f"clkarchive-{hashlib.sha256(str(config).encode()).hexdigest()[:8]}"


def _systemd_word(text: str) -> str:
    """One argument of a systemd command line: double-quoted, with C escapes, % and $ doubled."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


def systemd_units(config: Path, every: Every, log: Path) -> dict[str, str]:
    """{file name: text} of the service and timer for ~/.config/systemd/user/."""
    name = unit_name(config)
    mark = f"{MARK}{config}"  # a comment: systemd expands nothing there
    described = str(config).replace("%", "%%")
    service = (
        f"{mark}\n[Unit]\nDescription=Refresh the clkarchive mirror and index of {described}\n\n"
        "[Service]\nType=oneshot\n"
        f"ExecStart=/bin/sh -c {_systemd_word(command(config, log))}\n"
    )
    timer = (
        f"{mark}\n[Unit]\nDescription=Run {name}.service periodically\n\n"
        f"[Timer]\nOnBootSec=5min\nOnUnitActiveSec={every.systemd()}\nRandomizedDelaySec=5min\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )
    return {f"{name}.service": service, f"{name}.timer": timer}


def systemd_dir() -> Path:
    """Where systemd looks for a user's own units."""
    return xdg_home("XDG_CONFIG_HOME", ".config") / "systemd" / "user"


def install_systemd(units: dict[str, str]) -> list[Path]:
    """Write the units (replacing only units clkarchive wrote) and enable the timer; the files written."""
    folder = systemd_dir()
    written = []
    for file_name in units:
        path = folder / file_name
        if path.exists() and not path.read_text(encoding="utf-8", errors="replace").startswith(MARK):
            raise ClkError(f"{path} exists and was not written by clkarchive; not replacing it")
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in units.items():
        (folder / file_name).write_text(text, encoding="utf-8")
        written.append(folder / file_name)
    timer = next(name for name in units if name.endswith(".timer"))
    enable = f"systemctl --user daemon-reload && systemctl --user enable --now {timer}"
    wrote = f"wrote {', '.join(map(str, written))}"
    if not shutil.which("systemctl"):
        raise ClkError(f"{wrote}, but systemctl is not installed here: the timer is not enabled")
    for args in (["daemon-reload"], ["enable", "--now", timer]):
        then = f"the timer is not enabled; run `{enable}` in your login session"
        _systemctl(*args, before=f"{wrote}, but ", then=then)
    return written


def _crontab(missing: str) -> list[bytes] | None:
    """The user's crontab, each line with its own ending, as bytes: nothing of theirs is re-encoded
    or re-wrapped on its way back. None when they have none yet."""
    if not shutil.which("crontab"):
        raise ClkError(f"crontab is not installed here; {missing}")
    current = subprocess.run(["crontab", "-l"], capture_output=True)
    if current.returncode != 0:
        if b"no crontab" in current.stderr.lower():
            return None
        reason = current.stderr.decode(errors="replace").strip() or current.returncode
        raise ClkError(f"crontab -l failed: {reason}")
    pieces = current.stdout.split(b"\n")
    return [piece + b"\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])


def _write_crontab(lines: list[bytes]) -> None:
    written = subprocess.run(["crontab", "-"], input=b"".join(lines), capture_output=True)
    if written.returncode != 0:
        reason = written.stderr.decode(errors="replace").strip() or written.returncode
        raise ClkError(f"crontab - failed: {reason}")


def _ours(line: bytes, config: Path) -> bool:
    """Whether install_crontab wrote this line for this config: it ends with the config's mark."""
    return line.rstrip(b"\r\n").endswith(os.fsencode(_cron_mark(config)))


def install_crontab(line: str, config: Path) -> str:
    """Put line in the user's crontab, replacing this config's earlier line; 'added' or 'replaced'."""
    lines = _crontab("use --systemd, or add the line by hand") or []
    kept = [ln for ln in lines if not _ours(ln, config)]
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"  # a last line without its newline: ours goes on a line of its own
    _write_crontab([*kept, os.fsencode(line) + b"\n"])
    return "replaced" if len(kept) < len(lines) else "added"


@dataclass(frozen=True)
class Removed:
    """What `cron --uninstall` took away: this config's crontab lines, or its systemd unit files."""

    config: str
    crontab_lines: list[str] = field(default_factory=list)
    unit_files: list[str] = field(default_factory=list)


def uninstall_crontab(config: Path) -> Removed:
    """Remove from the user's crontab the lines install_crontab wrote for this config, and nothing
    else: every other line goes back byte for byte."""
    lines = _crontab("there is no crontab line to remove")
    if lines is None:
        raise ClkError(f"you have no crontab: no line of clkarchive's for {config} to remove")
    removed = [ln for ln in lines if _ours(ln, config)]
    if not removed:
        raise ClkError(f"your crontab has no line of clkarchive's for {config}; nothing removed")
    _write_crontab([ln for ln in lines if not _ours(ln, config)])
    return Removed(str(config), crontab_lines=[os.fsdecode(ln.rstrip(b"\r\n")) for ln in removed])


def uninstall_systemd(config: Path) -> Removed:
    """Stop and disable this config's timer, then remove the units install_systemd wrote for it.

    A unit of that name that does not carry this config's mark is not clkarchive's to remove: then
    nothing is touched. Nor is anything when systemctl cannot disable the timer (no session bus, say),
    so that no enabled timer is left pointing at a file that is gone.
    """
    folder = systemd_dir()
    name = unit_name(config)
    units = [folder / f"{name}.service", folder / f"{name}.timer"]
    found = [path for path in units if path.exists()]
    if not found:
        raise ClkError(f"{folder} has no systemd units of clkarchive's for {config}; nothing removed")
    for path in found:
        if not path.read_text(encoding="utf-8", errors="replace").startswith(f"{MARK}{config}\n"):
            raise ClkError(f"{path} was not written by clkarchive for {config}; nothing removed")
    timer = units[1].name
    wants = folder / "timers.target.wants" / timer  # the link `systemctl enable` made
    if shutil.which("systemctl"):
        _systemctl("disable", "--now", timer, then="nothing removed; run this again in your login session")
    elif wants.is_symlink():
        wants.unlink()  # no systemd here to ask: the link is all that enabling left
    for path in found:
        path.unlink()
    if shutil.which("systemctl"):
        _systemctl("daemon-reload", then="the units are removed; systemd forgets them at its next reload")
    return Removed(str(config), unit_files=[str(path) for path in found])


def _systemctl(*args: str, then: str, before: str = "") -> None:
    """Run `systemctl --user ARGS`; its failure is one line: what was done before, why, what now."""
    done = subprocess.run(["systemctl", "--user", *args], capture_output=True, text=True)
    if done.returncode != 0:
        reason = done.stderr.strip() or done.returncode
        raise ClkError(f"{before}`systemctl --user {' '.join(args)}` failed ({reason}): {then}")
