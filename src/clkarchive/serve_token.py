"""Where `clkarchive serve` takes its token from, checked before anything is opened."""

from __future__ import annotations

import os

import click

from clkarchive.errors import UsageError

TOKEN_VARIABLE = "CLKARCHIVE_TOKEN"
# What a cookie value may hold (RFC 6265's cookie-octet): the token travels in one, and in a URL.
_TOKEN_CHARACTERS = frozenset(chr(c) for c in range(0x21, 0x7F)) - set('",;\\')


def serve_token(given: str | None, path: str | None) -> str | None:
    """The token from --token, --token-file or $CLKARCHIVE_TOKEN (in that order; an empty variable is
    none), checked: the first two together are a mistake, and so is a token a cookie cannot carry."""
    if given is not None and path is not None:
        raise UsageError("give the token once: --token-file PATH or --token TOKEN, not both")
    where = "--token"
    token = given
    if path is not None:
        where = f"the token file {path}"
        try:
            with open(path, encoding="utf-8") as f:
                token = f.readline().strip()
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
            raise UsageError(f"cannot read the token file {path}: {reason}") from None
        if not token:
            raise UsageError(f"the token file {path} has no token on its first line")
        if os.stat(path).st_mode & 0o077:
            click.echo(
                f"clkarchive: warning: other users may read the token file {path} (chmod 600 it)", err=True
            )
    elif given is None and os.environ.get(TOKEN_VARIABLE):
        where = f"${TOKEN_VARIABLE}"
        token = os.environ[TOKEN_VARIABLE]
    if token == "":
        raise UsageError("--token: the token is empty")
    if token is not None and not set(token) <= _TOKEN_CHARACTERS:
        raise UsageError(
            f"{where}: a token may hold only ASCII letters, digits and punctuation, "
            'without spaces, quotes ("), commas, semicolons or backslashes'
        )
    return token
