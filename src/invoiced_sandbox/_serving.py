"""Serving the sandbox with uvicorn: the spec's limits at the connection level, and the Error object always.

uvicorn's httptools protocol has no header-size limit, no header or body
timeout and no keep-alive timeout before a connection's first request, and
it answers unparseable requests itself, in plain text, closing at once even
while requests it already parsed are still being answered. This subclass
closes those gaps with the limits of the spec's `x-limits`.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from ._errors import ApiError
from ._limits import Limits
from ._requestlog import new_request_id

__all__ = ["LimitedHttpProtocol", "server_config"]

_REASONS = {
    400: b"Bad Request",
    408: b"Request Timeout",
    413: b"Payload Too Large",
    431: b"Request Header Fields Too Large",
}


class LimitedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, held to the spec's limits; its own answers carry the Error object.

    A request the connection must refuse (not valid HTTP, headers too large
    or too slow, a body too large or too slow) stops the parsing. Requests
    parsed before it are still answered, in order, and only then does the
    refusal go out; the request being refused is never run. After it the
    connection stops sending and discards what the client still sends for a
    keep-alive timeout, so the client reads the answer instead of a reset.
    """

    limits: Limits  # set on the subclass `server_config` makes

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._refusal: tuple[int, str] | None = None
        self._in_message = False  # between a request's first byte and its last
        self._reading_head = True
        self._head_bytes = 0
        self._body_bytes = 0
        self._timer: asyncio.TimerHandle | None = None

    # --- timers --------------------------------------------------------------------------

    def _arm(self, seconds: float, status: int, message: str) -> None:
        self._disarm()
        self._timer = self.loop.call_later(seconds, self._refuse, status, message)

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        # uvicorn arms its keep-alive timer only after a response: a connection
        # that never sends a request would otherwise stay open for ever.
        self.timeout_keep_alive_task = self.loop.call_later(self.timeout_keep_alive, self.timeout_keep_alive_handler)

    def connection_lost(self, exc: Exception | None) -> None:
        # uvicorn cancels its keep-alive timer only on a clean close; a timer left
        # pending past a reset keeps uvloop from closing its loop at shutdown.
        self._disarm()
        self._unset_keepalive_if_required()
        super().connection_lost(exc)

    def shutdown(self) -> None:
        # uvicorn leaves a connection open while its request is unanswered; a
        # refused request never will be, so the connection closes now.
        if self._refusal is not None:
            self.transport.close()
            return
        super().shutdown()

    # --- parsing -------------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        if self._refusal is not None:
            return  # lingering: what the client still sends is read and dropped
        if self._reading_head:
            if self._timer is None:
                limit = self.limits.header_timeout
                self._arm(limit, 408, f"The request's headers did not arrive within {limit:g} seconds")
            self._head_bytes += len(data)
        super().data_received(data)
        if self._refusal is None and self._reading_head and self._head_bytes > self.limits.header_bytes:
            self._refuse(431, f"The request line and headers exceed the limit of {self.limits.header_bytes} bytes")

    def send_400_response(self, msg: str) -> None:
        self._refuse(400, f"The request is not valid HTTP: {msg}")

    def on_message_begin(self) -> None:
        if self._refusal is None:
            self._in_message = True
            super().on_message_begin()

    def on_url(self, url: bytes) -> None:
        if self._refusal is None:
            super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        if self._refusal is None:
            super().on_header(name, value)

    def on_headers_complete(self) -> None:
        if self._refusal is not None:
            return
        self._reading_head = False
        self._head_bytes = self._body_bytes = 0
        declared = next((value for name, value in self.headers if name == b"content-length"), b"")
        if declared.strip().isdigit() and int(declared) > self.limits.body_bytes:
            self._refuse(413, self._too_large())
            return
        limit = self.limits.body_timeout
        self._arm(limit, 408, f"The request body did not arrive within {limit:g} seconds")
        super().on_headers_complete()

    def on_body(self, body: bytes) -> None:
        if self._refusal is not None:
            return
        self._body_bytes += len(body)
        if self._body_bytes > self.limits.body_bytes:
            self._refuse(413, self._too_large())
            return
        super().on_body(body)

    def on_message_complete(self) -> None:
        if self._refusal is not None:
            return
        self._disarm()
        self._in_message = False
        self._reading_head = True
        super().on_message_complete()

    def _too_large(self) -> str:
        return f"The request body is larger than the limit of {self.limits.body_bytes} bytes"

    # --- refusing ------------------------------------------------------------------------

    def _refuse(self, status: int, message: str) -> None:
        """Stop reading requests; answer `status` once every request parsed before has been answered."""
        if self._refusal is not None or self.transport.is_closing():
            return
        self._disarm()
        self._refusal = (status, message)
        if self._in_message and self.cycle is not None and self.cycle.more_body:
            # The request being refused already has a cycle: it must not run.
            queued = [entry for entry in self.pipeline if entry[0] is self.cycle]
            for entry in queued:
                self.pipeline.remove(entry)
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.flow.resume_reading()
        self._send_refusal_when_idle()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._refusal is not None:
            self._send_refusal_when_idle()

    def _send_refusal_when_idle(self) -> None:
        running = self.cycle is not None and not self.cycle.response_complete and not self.cycle.disconnected
        if running or self.pipeline or self._refusal is None or self.transport.is_closing():
            return
        self._unset_keepalive_if_required()
        status, message = self._refusal
        body = orjson.dumps(ApiError(status, message).body)
        head = [b"HTTP/1.1 %d %s\r\n" % (status, _REASONS.get(status, b"Error"))]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(b"content-type: application/json\r\n")
        head.append(b"x-request-id: " + new_request_id().encode("ascii") + b"\r\n")  # on every response
        head.append(b"content-length: " + str(len(body)).encode("ascii") + b"\r\n")
        head.append(b"connection: close\r\n\r\n")
        self.transport.write(b"".join(head) + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        self.timeout_keep_alive_task = self.loop.call_later(self.timeout_keep_alive, self.transport.close)


def server_config(app: Any, limits: Limits | None = None, **options: Any) -> uvicorn.Config:
    """The uvicorn configuration the sandbox runs with; `options` are uvicorn's own."""
    if limits is None:
        limits = app.state.sandbox.limits
    protocol = type("SandboxHttpProtocol", (LimitedHttpProtocol,), {"limits": limits})
    options.setdefault("timeout_keep_alive", limits.keep_alive_timeout)
    return uvicorn.Config(app, http=protocol, **options)
