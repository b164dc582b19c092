"""The ASGI application: authentication, spec-derived validation, dispatch, and the Error object.

The hot path is kept lean on purpose: routes and validators are compiled
once in `Sandbox.__init__`, handlers run synchronously on the event loop
against one SQLite connection (so requests of one process never contend for
it), and responses are serialised with orjson straight onto the ASGI channel.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import hashlib
import ipaddress
import logging
import math
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import orjson
from starlette.applications import Starlette

from invoiced_spec import load_spec, with_cross_field_rules

from ._catalog import Catalog, load_catalog
from ._clock import apply_lifecycle_schema, clock_now
from ._context import Context, Handler, Reply
from ._controls import PREFIX, Controls
from ._cors import allow_docs_origins
from ._endpoints import HANDLERS
from ._errors import ApiError, bad_request
from ._forms import deepest, nest, parse_pairs
from ._limits import Limits
from ._objects import register_functions
from ._ratelimit import RateLimiter
from ._requestlog import LoggedRequest, new_request_id
from ._routes import FORM, JSON, Body, Route, Router
from ._store import Busy, business_ids, is_busy, open_database, write

__all__ = ["Sandbox", "check_api_keys", "create_app"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_UNAUTHORIZED = [("WWW-Authenticate", 'Basic realm="Invoiced"')]
# Distinct places a sandbox bug was logged from; past this many, new ones are only counted.
_FAULT_SITES = 1000

logger = logging.getLogger("invoiced_sandbox")


class _Disconnected(Exception):
    """The client went away before its body arrived."""


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, None, _UNAUTHORIZED)


def _error_reply(error: ApiError) -> Reply:
    return Reply(error.status, error.body, error.headers)


def check_api_keys(api_keys: Sequence[str]) -> None:
    """Refuse keys that could never authenticate, or that would let a blank credential in."""
    if not api_keys:
        raise ValueError("the sandbox needs at least one API key")
    for key in api_keys:
        if not key:
            raise ValueError("an API key may not be empty")
        if ":" in key:
            raise ValueError(f"the API key {key[:4]}... contains ':', which HTTP Basic credentials cannot carry")
        if not key.isascii() or not key.isprintable() or key != key.strip() or " " in key:
            raise ValueError(f"the API key {key[:4]}... may hold only printable ASCII characters without spaces")


@dataclass(frozen=True, slots=True)
class _Request:
    """What a request carries once routed, authenticated and validated."""

    route: Route[Any]
    business: int
    ids: dict[str, Any]
    query: dict[str, Any]
    query_pairs: list[tuple[str, str]]
    body: dict[str, Any]
    idempotency_key: str | None
    fingerprint: str
    control: bool  # one of the sandbox controls (spec/sandbox.yaml), whose handlers are coroutines


class Sandbox:
    """The raw ASGI app behind `create_app`."""

    def __init__(
        self,
        db_path: str,
        api_keys: Sequence[str],
        rate_limit: float | None = None,
        catalog: Catalog | None = None,
        *,
        limits: Limits | None = None,
        public_url: str | None = None,
    ) -> None:
        check_api_keys(api_keys)
        spec = load_spec()
        self.limits = limits or Limits.from_spec(spec)
        self.limiter = RateLimiter(rate_limit) if rate_limit is not None else None
        self.public_url = public_url.rstrip("/") if public_url else None
        # Validators enforce the cross-field rules too, read from the spec's x-crossFieldRules.
        self.router = Router(with_cross_field_rules(spec), HANDLERS)
        self.catalog = catalog or load_catalog()
        self.db = open_database(db_path)
        register_functions(self.db, self.catalog)
        apply_lifecycle_schema(self.db)
        self.businesses = business_ids(self.db, api_keys, self.limits.write_lock_wait)
        self.controls = Controls(self.db, db_path, self.catalog, self.router)
        self._credentials: dict[bytes, int] = {}
        # Unexpected exceptions answered 500: each is a sandbox bug, and the tests fail on any.
        self.faults = 0
        self._fault_sites: set[str] = set()

    def close(self) -> None:
        self.controls.close()
        self.db.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await send({"type": "websocket.close", "code": 1003})
            return
        started = time.perf_counter()
        request_id = new_request_id()
        try:
            reply = await self._handle(scope, receive)
        except ApiError as exc:
            reply = _error_reply(exc)
        except Busy as exc:
            reply = _busy(exc.waited)
        except _Disconnected:
            return
        except sqlite3.OperationalError as exc:
            reply = _busy(0) if is_busy(exc) else self._fault(scope, exc)
        except Exception as exc:
            reply = self._fault(scope, exc)
        # A new list: an ApiError's headers may be a shared constant (the 401's WWW-Authenticate).
        reply.headers = [*reply.headers, ("X-Request-Id", request_id)]
        await _send(send, reply)
        business = scope.get("invoiced.business")
        if business is not None and not scope["path"].startswith(PREFIX + "requests"):
            self.controls.log.record(
                business,
                LoggedRequest(
                    request_id, time.time(), scope["method"], scope["path"],
                    scope["query_string"].decode("latin-1"), reply.status, (time.perf_counter() - started) * 1000,
                ),
            )  # fmt: skip

    def _fault(self, scope: Scope, exc: Exception) -> Reply:
        """A sandbox bug: the spec's 500 of type `api`, logged with its traceback once per place it comes from."""
        self.faults += 1
        frame = exc.__traceback__
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        site = f"{type(exc).__name__} at {frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame else ""
        if site not in self._fault_sites and len(self._fault_sites) < _FAULT_SITES:
            self._fault_sites.add(site)
            logger.error("sandbox bug on %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
        return _error_reply(ApiError(500, "The sandbox failed to handle this request; this is a bug in the sandbox"))

    async def _handle(self, scope: Scope, receive: Receive) -> Reply:
        request = await self._accept(scope, receive)
        ctx = Context(
            db=self.db,
            catalog=self.catalog,
            business=request.business,
            now=clock_now(self.db, request.business),
            base_url=self._base_url(scope),
            path=scope["path"],
            query_pairs=request.query_pairs,
            ids=request.ids,
            query=request.query,
            body=request.body,
        )
        route = request.route
        if request.control:
            return await route.handler(ctx)  # type: ignore[no-any-return]
        if not route.writes:
            return route.handler(ctx)  # type: ignore[no-any-return]
        key, lifetime = request.idempotency_key, self.limits.idempotency_key_lifetime
        work = lambda: _write(route, ctx, key, request.fingerprint, lifetime)  # noqa: E731
        return await write(self.db, work, self.limits.write_lock_wait)

    async def _accept(self, scope: Scope, receive: Receive) -> _Request:
        """Route, authenticate, then read and validate the request; any fault is an ApiError."""
        route, ids, control = self._route(scope)
        headers = dict(scope["headers"])
        business = self._admit(scope)
        scope["invoiced.business"] = business
        if not control:
            await self._injected_fault(business)
        query, pairs = route.query.parse(scope["query_string"])
        key = _idempotency_key(route, headers)
        raw = await _read_body(receive, self.limits.body_bytes)
        media = headers.get(b"content-type", b"").decode("latin-1").partition(";")[0].strip().lower()
        body = self._parse_body(route.body, media, raw)
        fingerprint = ""
        if key is not None:
            what = (
                f"{scope['method']} {scope['path']} {media}\n" if route.body else f"{scope['method']} {scope['path']}\n"
            )
            fingerprint = hashlib.sha256(what.encode() + (raw if route.body else b"")).hexdigest()
        return _Request(route, business, ids, query, pairs, body, key, fingerprint, control)

    def _route(self, scope: Scope) -> tuple[Route[Any], dict[str, Any], bool]:
        """The route, its path IDs, and whether it is one of the sandbox controls (spec/sandbox.yaml)."""
        path: str = scope["path"]
        matched: Any = self.router.match(path)
        control = matched is None and path.startswith(PREFIX)
        if control:
            matched = self.controls.router.match(path)
        if matched is None:
            raise ApiError(404, f"No such path: {path}")
        template, raw_ids = matched
        method: str = scope["method"]
        route = template.routes.get(method.lower())
        if route is None:
            raise ApiError(405, f"{method} is not allowed on {path}", None, [("Allow", template.allow)])
        ids: dict[str, Any] = {}
        for name, raw in zip(template.names, raw_ids, strict=True):
            value: Any = int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 25 else raw
            route.path_checks[name].check(value)
            ids[name] = value
        return route, ids, control

    async def _injected_fault(self, business: int) -> None:
        """Answer or delay this request as a fault injected through the controls asks (_faults.py)."""
        fault = self.controls.faults.take(business)
        if fault is None:
            return
        if fault.kind == "rate_limit":
            raise ApiError(
                429, f"Too many requests (an injected fault); retry after {fault.retry_after} seconds", None,
                [("Retry-After", str(fault.retry_after))],
            )  # fmt: skip
        if fault.kind == "unavailable":
            raise ApiError(503, "The sandbox is unavailable (an injected fault); retry shortly")
        await asyncio.sleep(fault.delay_ms / 1000)

    def _admit(self, scope: Scope) -> int:
        """The business of the request's key, within its rate limit; failed attempts count against the client."""
        given = [value for name, value in scope["headers"] if name == b"authorization"]
        try:
            if len(given) > 1:
                raise _unauthorized("Send one Authorization header, not several")
            business = self._authenticate(given[0] if given else None)
        except ApiError:
            client = scope.get("client") or ("", 0)
            self._limit(("client", client[0]))
            raise
        self._limit(business)
        return business

    def _limit(self, bucket: Any) -> None:
        if self.limiter is None:
            return
        wait = self.limiter.retry_after(bucket)
        if wait is not None:
            raise ApiError(429, f"Too many requests; retry after {wait} seconds", None, [("Retry-After", str(wait))])

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

    def _base_url(self, scope: Scope) -> str:
        """Where absolute URLs point: the configured public URL, else the Host only when it names this server."""
        if self.public_url is not None:
            return self.public_url
        scheme = scope.get("scheme", "http")
        host, port = scope.get("server") or ("127.0.0.1", 80)
        served = _served_hosts(host, port)
        for name, value in scope["headers"]:
            if name == b"host":
                given = value.decode("latin-1").lower()
                if given in served:
                    return f"{scheme}://{given}"
                break
        return f"{scheme}://{served[0]}"

    def _parse_body(self, body: Body | None, media: str, raw: bytes) -> dict[str, Any]:
        if body is None:
            # Clients that always send a body send `{}` for "no parameters" (the
            # official Python client does); anything more is not for this operation.
            if raw.strip() and not (media == JSON and _empty_object(raw)):
                raise bad_request("This operation takes no request body")
            return {}
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
            too_deep = deepest(data, self.limits.nesting_depth)
            if too_deep is not None:
                raise bad_request(f"{too_deep} nests deeper than {self.limits.nesting_depth} levels", too_deep)
        elif media == FORM:
            assert body.form_coercer is not None
            data = body.form_coercer(nest(parse_pairs(raw)))
        else:
            shown = media or "none"
            raise ApiError(415, f"Send the body as {JSON} or {FORM}, not {shown}", "Content-Type")
        check = body.checks.get(media) or body.checks[JSON]
        check.check(data)
        return body.fill(data)  # type: ignore[no-any-return]


def _empty_object(raw: bytes) -> bool:
    try:
        return bool(orjson.loads(raw) == {})
    except orjson.JSONDecodeError:
        return False


def _busy(waited: float) -> Reply:
    # The lock has been held elsewhere for at least as long as this write
    # waited; nothing says it will be free sooner, so that is the advice.
    seconds = max(1, math.ceil(waited))
    message = f"The database is locked by another process (waited {waited:.1f} s); retry in {seconds} s"
    return _error_reply(ApiError(429, message, None, [("Retry-After", str(seconds))]))


@functools.lru_cache(maxsize=64)
def _served_hosts(host: str, port: int) -> tuple[str, ...]:
    """The Host values that name this server, the address it was reached on first."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return (f"{host}:{port}".lower(),)
    shown = f"[{host}]" if address.version == 6 else host
    names = [shown]
    if address.is_loopback:
        names += [n for n in ("127.0.0.1", "localhost", "[::1]") if n != shown]
    found = [f"{name}:{port}" for name in names]
    if port == 80:
        found += names
    return tuple(found)


def _idempotency_key(route: Route[Any], headers: dict[bytes, bytes]) -> str | None:
    if route.idempotency_check is None or b"idempotency-key" not in headers:
        return None
    key = headers[b"idempotency-key"].decode("latin-1")
    route.idempotency_check.check(key)
    return key


def _write(route: Route[Handler], ctx: Context, key: str | None, fingerprint: str, lifetime: float) -> Reply:
    """Run a writing handler; with an Idempotency-Key, replay or record its response in the same transaction."""
    if key is None:
        return route.handler(ctx)
    # Keys expire, as Stripe's do after a day: without that the table grows with every keyed request ever made.
    ctx.db.execute("DELETE FROM idempotency WHERE business = ? AND created_at <= ?", (ctx.business, ctx.now - lifetime))
    stored = ctx.db.execute(
        "SELECT fingerprint, status, location, body FROM idempotency WHERE business = ? AND key = ?",
        (ctx.business, key),
    ).fetchone()
    if stored is not None:
        if stored[0] != fingerprint:
            raise bad_request("This Idempotency-Key was already used for a different request", "Idempotency-Key")
        headers = [("Idempotent-Replayed", "true")]
        if stored[2] is not None:
            # Stored as a path, so a replay points where this request's own URLs point.
            headers.append(("Location", ctx.url(stored[2]) if stored[2].startswith("/") else stored[2]))
        return Reply(stored[1], bytes(stored[3]), headers)
    reply = route.handler(ctx)
    encoded = orjson.dumps(reply.body) if reply.body is not None else b""
    location = next((value for name, value in reply.headers if name == "Location"), None)
    if location is not None and location.startswith(ctx.base_url):
        location = location[len(ctx.base_url) :]
    ctx.db.execute(
        "INSERT INTO idempotency (business, key, fingerprint, status, location, body, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ctx.business, key, fingerprint, reply.status, location, encoded, ctx.now),
    )
    reply.body = encoded
    return reply


async def _read_body(receive: Receive, limit: int) -> bytes:
    """The whole body; the connection already refuses a larger one, this holds for any other server."""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _Disconnected
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"The request body is larger than the limit of {limit} bytes", None,
                           [("Connection", "close")])  # fmt: skip
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


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


def create_app(
    db_path: str,
    api_keys: Sequence[str],
    rate_limit: float | None = None,
    *,
    limits: Limits | None = None,
    public_url: str | None = None,
) -> Starlette:
    """The sandbox as a Starlette app: the spec's operations on the SQLite database at `db_path`."""
    sandbox = Sandbox(db_path, api_keys, rate_limit, limits=limits, public_url=public_url)

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
