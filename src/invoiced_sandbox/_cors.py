"""CORS for the docs site's "Try it" console: a page served from loopback may call the sandbox.

The docs are served locally (`make serve`, or a test's server on a free port), so their origin is
`http://127.0.0.1:<port>` or `http://localhost:<port>`; any such origin is allowed, and more can
be named in `INVOICED_SANDBOX_DOCS_ORIGINS` (comma-separated). Only requests from an allowed
origin go through Starlette's CORS middleware; every other request (no Origin header, as from any
non-browser client, or a foreign origin) reaches the sandbox untouched and gets its usual answer,
never the middleware's plain-text refusal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

__all__ = ["LOOPBACK_ORIGIN", "DocsOrigins", "allow_docs_origins"]

LOOPBACK_ORIGIN = r"http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]{1,5})?"
# What a browser may send and read: the spec's request and response headers.
_REQUEST_HEADERS = ["Authorization", "Content-Type", "Accept", "Idempotency-Key"]
_RESPONSE_HEADERS = ["Location", "Link", "X-Total-Count", "Retry-After"]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _origins() -> re.Pattern[str]:
    extra = [origin.strip() for origin in os.environ.get("INVOICED_SANDBOX_DOCS_ORIGINS", "").split(",")]
    return re.compile("^(?:" + "|".join([LOOPBACK_ORIGIN, *(re.escape(o) for o in extra if o)]) + ")$")


class DocsOrigins:
    """ASGI middleware: CORS for the docs origins, and nothing at all for anyone else."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.allowed = _origins()
        self.cors = CORSMiddleware(
            app,
            allow_origin_regex=self.allowed.pattern,
            allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
            allow_headers=_REQUEST_HEADERS,
            expose_headers=_RESPONSE_HEADERS,
            max_age=600,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope["headers"]:
                if name == b"origin":
                    if self.allowed.match(value.decode("latin-1")):
                        await self.cors(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)


def allow_docs_origins(app: Starlette) -> None:
    app.add_middleware(DocsOrigins)
