"""CORS for the docs site's "Try it" console: a page served from loopback may call the sandbox.

The docs are served locally (`make serve`, or a test's server on a free port), so their origin is
`http://127.0.0.1:<port>` or `http://localhost:<port>`; any such origin is allowed, and more can
be named in `INVOICED_SANDBOX_DOCS_ORIGINS` (comma-separated). Requests without an Origin header
(every non-browser client) pass through untouched.
"""

from __future__ import annotations

import os
import re

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware

__all__ = ["LOOPBACK_ORIGIN", "allow_docs_origins"]

LOOPBACK_ORIGIN = r"http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]{1,5})?"
# What a browser may send and read: the spec's request and response headers.
_REQUEST_HEADERS = ["Authorization", "Content-Type", "Accept", "Idempotency-Key"]
_RESPONSE_HEADERS = ["Location", "Link", "X-Total-Count", "Retry-After"]


def allow_docs_origins(app: Starlette) -> None:
    extra = [origin.strip() for origin in os.environ.get("INVOICED_SANDBOX_DOCS_ORIGINS", "").split(",")]
    pattern = "|".join([LOOPBACK_ORIGIN, *(re.escape(origin) for origin in extra if origin)])
    app.add_middleware(
        CORSMiddleware,
        allow_origin_regex=f"^(?:{pattern})$",
        allow_methods=["GET", "POST", "PATCH", "PUT", "DELETE"],
        allow_headers=_REQUEST_HEADERS,
        expose_headers=_RESPONSE_HEADERS,
        max_age=600,
    )
