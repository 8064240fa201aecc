"""Who may ask the server anything: loopback only unless a token is set, GET and HEAD only, and the
security headers (CSP, nosniff, no referrer) on every answer."""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clkarchive.errors import UsageError

TOKEN_COOKIE = "clkarchive_token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True)
class Settings:
    """How the server was asked to run; the token, if any, guards every request."""

    host: str = "127.0.0.1"
    port: int = 8765
    token: str | None = None


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_settings(settings: Settings) -> None:
    """Refuse to listen beyond this machine without a token: the slides and the index would be open."""
    if not is_loopback(settings.host) and not settings.token:
        raise UsageError(
            f"--host {settings.host} is reachable from other machines: give a token with --token-file "
            "PATH or $CLKARCHIVE_TOKEN (every request must then carry it), or keep the default 127.0.0.1"
        )


class Guard:
    """Only GET and HEAD; the token when one is set; the security headers on every answer.

    Plain ASGI rather than BaseHTTPMiddleware: it adds headers as the answer starts and costs
    nothing per request beyond that.
    """

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refused = None
        set_cookie = False
        if request.method not in ("GET", "HEAD"):
            refused = Response("only GET and HEAD\n", 405, {"Allow": "GET, HEAD"})
        elif self.token:
            given = request.query_params.get("token")
            set_cookie = given is not None and _same(given, self.token)
            if not set_cookie and not _same(request.cookies.get(TOKEN_COOKIE, ""), self.token):
                refused = Response("a valid token is required: open the link the server printed\n", 403)
        if refused is not None:
            await refused(scope, receive, _with_headers(send, None))
            return
        cookie = None
        if set_cookie and self.token:
            carrier = Response()
            carrier.set_cookie(TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            cookie = carrier.headers["set-cookie"]
        await self.app(scope, receive, _with_headers(send, cookie))


def _with_headers(send: Send, cookie: str | None) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            headers.setdefault("Content-Security-Policy", CSP)
            headers["X-Content-Type-Options"] = "nosniff"
            headers["Referrer-Policy"] = "no-referrer"
            headers.setdefault("Cache-Control", "no-cache")
            if cookie:
                headers.append("Set-Cookie", cookie)
        await send(message)

    return sending


def _same(given: str, token: str) -> bool:
    return hmac.compare_digest(given.encode(), token.encode())
