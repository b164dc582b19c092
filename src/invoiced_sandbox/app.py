"""The ASGI application: authentication, spec-derived validation, dispatch, and the Error object.

The hot path is kept lean on purpose: routes and validators are compiled
once in `Sandbox.__init__`, handlers run synchronously on the event loop
against one SQLite connection (so requests of one process never contend for
it), and responses are serialised with orjson straight onto the ASGI channel.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import orjson
from starlette.applications import Starlette

from invoiced_spec import load_spec, with_cross_field_rules

from .catalog import Catalog, load_catalog
from .context import Context, Reply
from .cors import allow_docs_origins
from .endpoints import HANDLERS
from .errors import ApiError, bad_request
from .forms import nest, parse_pairs
from .ratelimit import RateLimiter
from .routes import FORM, JSON, Body, Route, Router
from .store import Busy, business_ids, open_database, write_transaction

__all__ = ["MAX_BODY_BYTES", "Sandbox", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# The spec's Limits section: bodies of at most 1 MiB.
MAX_BODY_BYTES = 1024 * 1024
# Past the limit the rest of an oversized body is read and dropped (so the
# client sees the 413 rather than a reset connection), up to this much.
_DRAIN_BYTES = 64 * MAX_BODY_BYTES
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$")
_UNAUTHORIZED = [("WWW-Authenticate", 'Basic realm="Invoiced"')]

logger = logging.getLogger("invoiced_sandbox")


class _Disconnected(Exception):
    """The client went away before its body arrived."""


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, None, _UNAUTHORIZED)


class Sandbox:
    """The raw ASGI app behind `create_app`."""

    def __init__(
        self,
        db_path: str,
        api_keys: Sequence[str],
        rate_limit: float | None = None,
        catalog: Catalog | None = None,
    ) -> None:
        if not api_keys:
            raise ValueError("the sandbox needs at least one API key")
        # Validators enforce the cross-field rules too, read from the spec's x-crossFieldRules.
        self.router = Router(with_cross_field_rules(load_spec()), HANDLERS)
        self.catalog = catalog or load_catalog()
        self.db = open_database(db_path)
        self.businesses = business_ids(self.db, api_keys)
        self.limiter = RateLimiter(rate_limit) if rate_limit else None
        self._credentials: dict[bytes, int] = {}

    def close(self) -> None:
        self.db.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await send({"type": "websocket.close", "code": 1003})
            return
        try:
            reply = await self._handle(scope, receive)
        except ApiError as exc:
            reply = Reply(exc.status, exc.body, exc.headers)
        except Busy:
            reply = Reply(
                429,
                {"type": "invalid_request", "message": "The database is busy; retry shortly", "param": None},
                [("Retry-After", "1")],
            )
        except _Disconnected:
            return
        except Exception:
            # Whatever slipped past validation is still the request's doing in
            # a sandbox: answer 4xx, and log it loudly so it gets fixed.
            logger.exception("unexpected error for %s %s", scope.get("method"), scope.get("path"))
            reply = Reply(
                400,
                {"type": "invalid_request", "message": "The request could not be processed", "param": None},
            )
        await _send(send, reply)

    def _authenticate(self, header: bytes | None) -> int:
        if header is None:
            raise _unauthorized("No API key given: use HTTP Basic authentication with the key as the username")
        business = self._credentials.get(header)
        if business is not None:
            return business
        scheme, _, credentials = header.strip().partition(b" ")
        if scheme.lower() != b"basic":
            raise _unauthorized("Only HTTP Basic authentication is accepted, with the API key as the username")
        try:
            decoded = base64.b64decode(credentials.strip(), validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            raise _unauthorized("The Basic credentials are malformed") from None
        found = self.businesses.get(decoded.partition(":")[0])
        if found is None:
            raise _unauthorized("The API key is not valid")
        if len(self._credentials) < 1024:
            self._credentials[header] = found
        return found

    async def _handle(self, scope: Scope, receive: Receive) -> Reply:
        path: str = scope["path"]
        matched = self.router.match(path)
        if matched is None:
            raise ApiError(404, f"No such path: {path}")
        template, raw_ids = matched
        method: str = scope["method"]
        route = template.routes.get(method.lower())
        if route is None:
            raise ApiError(405, f"{method} is not allowed on {path}", None, [("Allow", template.allow)])
        headers = dict(scope["headers"])
        business = self._authenticate(headers.get(b"authorization"))
        if self.limiter is not None:
            wait = self.limiter.retry_after(business)
            if wait is not None:
                raise ApiError(
                    429, f"Too many requests; retry after {wait} seconds", None, [("Retry-After", str(wait))]
                )

        ids: dict[str, Any] = {}
        for name, raw in zip(template.names, raw_ids, strict=True):
            value: Any = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 25 else raw
            route.path_checks[name].check(value)
            ids[name] = value

        query: dict[str, Any] = {}
        query_string: bytes = scope["query_string"]
        if route.query_check is not None:
            if query_string:
                names = route.query_names
                pairs = [(k, v) for k, v in parse_pairs(query_string) if k.partition("[")[0] in names]
                assert route.query_coercer is not None
                query = route.query_coercer(nest(pairs))
            route.query_check.check(query)

        idempotency_key = None
        if route.idempotency_check is not None and b"idempotency-key" in headers:
            idempotency_key = headers[b"idempotency-key"].decode("latin-1")
            route.idempotency_check.check(idempotency_key)

        body: dict[str, Any] = {}
        fingerprint = ""
        if route.body is not None:
            raw_body = await _read_body(receive, headers.get(b"content-length"))
            media = headers.get(b"content-type", b"").decode("latin-1").partition(";")[0].strip().lower()
            body = _parse_body(route.body, media, raw_body)
            if idempotency_key is not None:
                fingerprint = hashlib.sha256(f"{method} {path} {media}\n".encode() + raw_body).hexdigest()
        elif idempotency_key is not None:
            fingerprint = hashlib.sha256(f"{method} {path}\n".encode()).hexdigest()

        ctx = Context(
            db=self.db,
            catalog=self.catalog,
            business=business,
            now=int(time.time()),
            base_url=_base_url(scope, headers.get(b"host")),
            path=path,
            raw_query=query_string.decode("latin-1"),
            ids=ids,
            query=query,
            body=body,
        )
        if not route.writes:
            return route.handler(ctx)
        return write_transaction(self.db, lambda: _write(route, ctx, idempotency_key, fingerprint))


def _write(route: Route, ctx: Context, key: str | None, fingerprint: str) -> Reply:
    """Run a writing handler; with an Idempotency-Key, replay or record its response in the same transaction."""
    if key is None:
        return route.handler(ctx)
    stored = ctx.db.execute(
        "SELECT fingerprint, status, location, body FROM idempotency WHERE business = ? AND key = ?",
        (ctx.business, key),
    ).fetchone()
    if stored is not None:
        if stored[0] != fingerprint:
            raise bad_request("This Idempotency-Key was already used for a different request", "Idempotency-Key")
        headers = [("Idempotent-Replayed", "true")]
        if stored[2] is not None:
            headers.append(("Location", stored[2]))
        return Reply(stored[1], bytes(stored[3]), headers)
    reply = route.handler(ctx)
    encoded = orjson.dumps(reply.body) if reply.body is not None else b""
    location = next((value for name, value in reply.headers if name == "Location"), None)
    ctx.db.execute(
        "INSERT INTO idempotency (business, key, fingerprint, status, location, body, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ctx.business, key, fingerprint, reply.status, location, encoded, ctx.now),
    )
    reply.body = encoded
    return reply


def _base_url(scope: Scope, host: bytes | None) -> str:
    """scheme://host:port the client used, for Location and Link headers."""
    scheme = scope.get("scheme", "http")
    if host is not None:
        text = host.decode("latin-1")
        if _HOST.match(text):
            return f"{scheme}://{text}"
    server = scope.get("server") or ("127.0.0.1", 8000)
    return f"{scheme}://{server[0]}:{server[1]}"


async def _read_body(receive: Receive, declared: bytes | None) -> bytes:
    too_large = declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            too_large = True
        if not too_large:
            chunks.append(chunk)
        more = message.get("more_body", False) and size <= _DRAIN_BYTES
    if too_large:
        raise ApiError(413, f"The request body is larger than the limit of {MAX_BODY_BYTES} bytes (1 MiB)")
    return b"".join(chunks)


def _parse_body(body: Body, media: str, raw: bytes) -> dict[str, Any]:
    data: Any
    if not raw.strip() and media == FORM:
        data = {}  # how a form encodes an object with no fields
    elif not raw:
        if body.required:
            # The spec marks these bodies required: sending none at all is a
            # client mistake, not a request to change nothing.
            raise bad_request("This operation needs a request body")
        data = {}
    elif media == JSON:
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise bad_request(f"The body is not valid JSON: {exc}") from None
        if not isinstance(data, dict):
            raise bad_request("The body must be a JSON object")
    elif media == FORM:
        assert body.form_coercer is not None
        data = body.form_coercer(nest(parse_pairs(raw)))
    else:
        shown = media or "none"
        raise ApiError(415, f"Send the body as {JSON} or {FORM}, not {shown}", "Content-Type")
    check = body.checks.get(media) or body.checks[JSON]
    check.check(data)
    return data  # type: ignore[no-any-return]


async def _send(send: Send, reply: Reply) -> None:
    if reply.status == 204:
        payload = b""
        headers = []
    else:
        payload = reply.body if isinstance(reply.body, bytes) else orjson.dumps(reply.body)
        headers = [(b"content-type", b"application/json")]
    headers.append((b"content-length", str(len(payload)).encode()))
    headers.extend((name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers)
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def create_app(db_path: str, api_keys: Sequence[str], rate_limit: float | None = None) -> Starlette:
    """The sandbox as a Starlette app: the spec's 27 operations on the SQLite database at `db_path`."""
    sandbox = Sandbox(db_path, api_keys, rate_limit)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        sandbox.close()

    app = Starlette(lifespan=lifespan)
    # Every request goes to the sandbox, which answers unknown paths with the
    # Error object itself. Not a Mount: its path pattern does not match paths
    # with a newline, which would then get Starlette's plain-text 404.
    app.router.default = sandbox
    app.state.sandbox = sandbox
    allow_docs_origins(app)  # the docs site's "Try it" calls the sandbox from the browser
    return app
