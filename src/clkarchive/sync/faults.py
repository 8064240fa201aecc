"""Fault injection for the crash-safety tests, as SQLite and git test their own.

With CLKARCHIVE_FAULT=NAME in the environment, the process kills itself with
SIGKILL when it reaches point NAME: no cleanup, no finally blocks, exactly
like a power cut or the OOM killer. Unset (always, outside tests) it costs
one dictionary lookup.
"""

import os
import signal


def point(name: str) -> None:
    if os.environ.get("CLKARCHIVE_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
