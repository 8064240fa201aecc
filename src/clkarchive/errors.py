"""Errors the user is meant to see: each carries the exit status the CLI returns.

The statuses follow sysexits where cron and monitoring care: 75 (EX_TEMPFAIL)
means "nothing changed, try again later"; 2 is bad usage or configuration.
"""


class ClkError(Exception):
    """A failure reported as one line, without a traceback."""

    exit_code = 1


class UsageError(ClkError):
    exit_code = 2


class ConfigError(UsageError):
    """The configuration file is missing or wrong."""


class NotSyncedError(UsageError):
    """There is no index yet."""


class QueryError(UsageError):
    """The search query cannot be turned into a search."""


class TemporaryError(ClkError):
    """Nothing was changed locally and a later run may succeed."""

    exit_code = 75


class LockedError(TemporaryError):
    """Another sync holds the lock."""


class UnreachableError(TemporaryError):
    """The remote repository could not be reached."""
