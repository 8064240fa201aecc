"""The errors a user is meant to see, each reported as one line without a traceback.

The library says *what kind* of failure happened; the exit statuses that cron
and monitoring read are the command line's business (see cli.EXIT_STATUSES).
"""


class ClkError(Exception):
    """A failure reported as one line, without a traceback."""


class UsageError(ClkError):
    """The user asked for something that cannot be done as asked."""


class ConfigError(UsageError):
    """The configuration file is missing or wrong."""


class NotSyncedError(UsageError):
    """There is no index yet."""


class IndexDamagedError(ClkError):
    """The index's files are damaged (truncated, say): the next sync moves them aside and rebuilds."""


class QueryError(UsageError):
    """The search query cannot be turned into a search."""


class TemporaryError(ClkError):
    """Nothing was changed locally and a later run may succeed."""


class LockedError(TemporaryError):
    """Another sync holds the lock."""


class UnreachableError(TemporaryError):
    """The remote repository could not be reached."""
