"""A reverse proxy that breaks a healthy server's answers in one chosen way, to show the suite notices.

Every fault lives here, in the tests: the sandbox's own code is never
mutated. `serve_proxy(upstream, api_key, fault)` runs it with uvicorn in a
thread on a free port; `fault=None` passes everything through unchanged.
"""

from __future__ import annotations

import base64
import json
import re
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

from tests.fixtures.servers import serve

__all__ = ["FAULTS", "Exchange", "MutatingProxy", "serve_proxy"]

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding"}


@dataclass
class Exchange:
    """One request and the upstream's answer, which a fault may rewrite in place."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    status: int = 0
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: bytes = b""
    forward: bool = True

    def json(self) -> Any:
        try:
            return json.loads(self.response_body)
        except ValueError:
            return None

    def set_json(self, value: Any) -> None:
        self.response_body = json.dumps(value).encode()

    def answer(self, status: int, body: Any = None) -> None:
        """Answer without asking the upstream."""
        self.forward = False
        self.status = status
        self.response_headers = {"content-type": "application/json"} if body is not None else {}
        self.response_body = json.dumps(body).encode() if body is not None else b""


@dataclass
class Fault:
    description: str
    before: Callable[[Exchange, MutatingProxy], None] | None = None
    after: Callable[[Exchange, MutatingProxy], None] | None = None
    # The spec tags whose operations reach the fault; a run over them is enough to catch it.
    tags: tuple[str, ...] = ("Customers",)


def _objects(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, dict)]
    return []


def _on_success_json(change: Callable[[dict[str, Any]], None]) -> Callable[[Exchange, MutatingProxy], None]:
    def after(exchange: Exchange, proxy: MutatingProxy) -> None:
        body = exchange.json()
        if 200 <= exchange.status < 300 and body is not None:
            for obj in _objects(body):
                change(obj)
            exchange.set_json(body)

    return after


def _drop_last_field(obj: dict[str, Any]) -> None:
    if obj:
        obj.pop(list(obj)[-1])


def _wrap_last_field(obj: dict[str, Any]) -> None:
    if obj:
        last = list(obj)[-1]
        obj[last] = [obj[last]]


def _created_as_200(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.status == 201:
        exchange.status = 200


def _drop_header(name: str) -> Callable[[Exchange, MutatingProxy], None]:
    def after(exchange: Exchange, proxy: MutatingProxy) -> None:
        exchange.response_headers.pop(name, None)

    return after


def _last_page_off_by_one(exchange: Exchange, proxy: MutatingProxy) -> None:
    link = exchange.response_headers.get("link")
    if link:
        # Still matches the header's pattern in the spec: only the page arithmetic is wrong.
        exchange.response_headers["link"] = re.sub(
            r'([?&]page=)(\d+)([^>]*>; rel="last")', lambda m: f"{m[1]}{int(m[2]) + 1}{m[3]}", link
        )


def _total_plus_one(exchange: Exchange, proxy: MutatingProxy) -> None:
    total = exchange.response_headers.get("x-total-count")
    if total is not None and total.isdigit():
        exchange.response_headers["x-total-count"] = str(int(total) + 1)


def _text_plain(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.response_headers.get("content-type", "").startswith("application/json"):
        exchange.response_headers["content-type"] = "text/plain; charset=utf-8"


def _every_seventh_fails(exchange: Exchange, proxy: MutatingProxy) -> None:
    proxy.counter += 1
    if proxy.counter % 7 == 0:
        exchange.answer(500, {"type": "api", "message": "Injected failure", "param": None})


def _error_as_other_object(exchange: Exchange, proxy: MutatingProxy) -> None:
    body = exchange.json()
    if exchange.status >= 400 and isinstance(body, dict):
        exchange.set_json({"error": body.get("message", "failed")})


def _param_renamed(exchange: Exchange, proxy: MutatingProxy) -> None:
    body = exchange.json()
    if exchange.status >= 400 and isinstance(body, dict) and body.get("param"):
        body["param"] = "not_a_parameter"
        exchange.set_json(body)


def _authenticate_everyone(exchange: Exchange, proxy: MutatingProxy) -> None:
    valid = "Basic " + base64.b64encode(f"{proxy.api_key}:".encode()).decode()
    exchange.headers["authorization"] = valid


def _delete_nothing(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.method == "DELETE":
        exchange.answer(204)


def _remember_created(exchange: Exchange, proxy: MutatingProxy) -> None:
    location = exchange.response_headers.get("location")
    if exchange.status == 201 and location:
        proxy.created.add(urlsplit(location).path)


def _hide_created(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.method == "GET" and exchange.path in proxy.created:
        exchange.answer(404, {"type": "invalid_request", "message": "No such object", "param": None})


def _location_off_by_one(exchange: Exchange, proxy: MutatingProxy) -> None:
    location = exchange.response_headers.get("location")
    if location:
        exchange.response_headers["location"] = re.sub(r"(\d+)$", lambda m: str(int(m[1]) + 1), location)


def _update_ignored(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.method == "PATCH":
        # Answer the update with the object as it was: a server that ignores what it was sent.
        exchange.method = "GET"
        exchange.body = b""
        exchange.headers.pop("content-type", None)


def _basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


def _serve_the_second_business_as_the_first(exchange: Exchange, proxy: MutatingProxy) -> None:
    if proxy.second_key is not None and exchange.headers.get("authorization") == _basic(proxy.second_key):
        exchange.headers["authorization"] = _basic(proxy.api_key)


def _is_invoice(obj: dict[str, Any]) -> bool:
    return {"items", "subtotal", "total", "balance"} <= obj.keys()


def _is_refund(obj: dict[str, Any]) -> bool:
    return obj.get("type") == "refund" and "parent_transaction" in obj and "amount" in obj


def _objects_within(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects_within(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects_within(item)


def _rewrite_success(exchange: Exchange, change: Callable[[dict[str, Any]], bool]) -> None:
    body = exchange.json()
    if not 200 <= exchange.status < 300 or body is None:
        return
    changed = [change(obj) for obj in _objects_within(body)]
    if any(changed):
        exchange.set_json(body)


def _total_off_by_one(exchange: Exchange, proxy: MutatingProxy) -> None:
    def change(obj: dict[str, Any]) -> bool:
        if not _is_invoice(obj) or not isinstance(obj["total"], (int, float)):
            return False
        obj["total"] += 1
        obj["balance"] += 1
        return True

    _rewrite_success(exchange, change)


# Larger than any original can be: MoneyInput's maximum is 1e12.
_HUGE_REFUND = 2_000_000_000_000


def _refunds_above_their_original(exchange: Exchange, proxy: MutatingProxy) -> None:
    if exchange.method != "GET":
        return

    def change(obj: dict[str, Any]) -> bool:
        if not _is_refund(obj) or obj["parent_transaction"] is None:
            return False
        obj["amount"] = _HUGE_REFUND
        return True

    _rewrite_success(exchange, change)


def _balance_ignores_refunds(exchange: Exchange, proxy: MutatingProxy) -> None:
    body = exchange.json()
    if exchange.status == 201 and isinstance(body, dict) and body.get("type") == "refund":
        invoice, amount = body.get("invoice"), body.get("amount")
        if isinstance(invoice, int) and isinstance(amount, (int, float)) and body.get("status") == "succeeded":
            proxy.refunded[invoice] = proxy.refunded.get(invoice, 0) + amount

    def change(obj: dict[str, Any]) -> bool:
        refunded = proxy.refunded.get(obj.get("id")) if _is_invoice(obj) else None  # type: ignore[arg-type]
        if not refunded or not isinstance(obj["balance"], (int, float)):
            return False
        # The balance as a server that never added refunds back would keep it.
        obj["balance"] = round(obj["balance"] - refunded, 2)
        return True

    _rewrite_success(exchange, change)


FAULTS: dict[str, Fault] = {
    "drop_required_field": Fault("a success body lacks a required field", after=_on_success_json(_drop_last_field)),
    "wrong_field_type": Fault("a success body has a field of the wrong type", after=_on_success_json(_wrap_last_field)),
    "status_200_for_201": Fault("a create answers 200 where 201 is documented", after=_created_as_200),
    "missing_link": Fault("a list answers without Link", after=_drop_header("link")),
    "garbled_link": Fault('a list\'s Link has the wrong page for rel="last"', after=_last_page_off_by_one),
    "missing_total_count": Fault("a list answers without X-Total-Count", after=_drop_header("x-total-count")),
    "wrong_total_count": Fault("a list's X-Total-Count is one too many", after=_total_plus_one),
    "wrong_content_type": Fault("JSON is labelled text/plain", after=_text_plain),
    "occasional_500": Fault("every seventh request fails with 500", before=_every_seventh_fails),
    "error_not_error_object": Fault("an error body is not the Error object", after=_error_as_other_object),
    "param_not_a_parameter": Fault("an error's param names no parameter", after=_param_renamed),
    "ignores_auth": Fault("requests without valid credentials are served", before=_authenticate_everyone),
    "delete_does_not_delete": Fault("DELETE answers 204 and keeps the object", before=_delete_nothing),
    "created_not_retrievable": Fault(
        "a created object cannot be retrieved", before=_hide_created, after=_remember_created
    ),
    "wrong_location": Fault("Location names another object", after=_location_off_by_one),
    "update_ignored": Fault("PATCH answers 200 without changing anything", before=_update_ignored),
    "cross_tenant_leak": Fault(
        "the second business is served the first business's data", before=_serve_the_second_business_as_the_first
    ),
    "wrong_total": Fault(
        "an invoice's total is one more than its lines, discounts and taxes",
        after=_total_off_by_one,
        tags=("Invoices",),
    ),
    "refund_above_original": Fault(
        "refunds add up to more than their original", after=_refunds_above_their_original, tags=("Transactions",)
    ),
    "balance_ignores_refunds": Fault(
        "an invoice's balance leaves out its refunds", after=_balance_ignores_refunds, tags=("Transactions",)
    ),
}


class MutatingProxy:
    """ASGI app forwarding to `upstream`, applying `FAULTS[fault]` (or nothing) on the way."""

    def __init__(self, upstream: str, api_key: str, fault: str | None = None, second_key: str | None = None) -> None:
        if fault is not None and fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}")
        self.upstream = upstream.rstrip("/")
        self.api_key = api_key
        self.second_key = second_key
        self.refunded: dict[int, float] = {}
        self.fault = FAULTS[fault] if fault is not None else None
        self.counter = 0
        self.created: set[str] = set()
        self._client: httpx.AsyncClient | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        # Raw bytes, decoded as Latin-1 so that they round-trip: negative tests send what httpx would refuse.
        exchange = Exchange(
            method=request.method,
            path=request.url.path,
            headers={k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]},
            body=await request.body(),
        )
        raw_target = scope.get("raw_path") or scope["path"].encode()
        query: bytes = scope.get("query_string", b"")
        if self.fault is not None and self.fault.before is not None:
            self.fault.before(exchange, self)
        if exchange.forward:
            await self._forward(exchange, raw_target + (b"?" + query if query else b""))
        if self.fault is not None and self.fault.after is not None:
            self.fault.after(exchange, self)
        response = Response(exchange.response_body, status_code=exchange.status, headers=exchange.response_headers)
        await response(scope, receive, send)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                # The upstream connections live on this server's loop: close them before it ends.
                if self._client is not None:
                    await self._client.aclose()
                    self._client = None
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _forward(self, exchange: Exchange, target: bytes) -> None:
        if self._client is None:
            transport = httpx.AsyncHTTPTransport(socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
            self._client = httpx.AsyncClient(timeout=30, transport=transport)
        upstream = httpx.URL(self.upstream)
        url = httpx.URL(scheme=upstream.scheme, host=upstream.host, port=upstream.port, raw_path=target)
        # The Host header travels unchanged, so the upstream writes Link and Location URLs that lead back here.
        headers = [
            (k.encode("latin-1"), v.encode("latin-1")) for k, v in exchange.headers.items() if k not in _HOP_BY_HOP
        ]
        request = httpx.Request(exchange.method, url, headers=headers, content=exchange.body)
        answer = await self._client.send(request)
        exchange.status = answer.status_code
        exchange.response_headers = {k.lower(): v for k, v in answer.headers.items() if k.lower() not in _HOP_BY_HOP}
        exchange.response_body = answer.content


@contextmanager
def serve_proxy(upstream: str, api_key: str, fault: str | None = None, second_key: str | None = None) -> Iterator[str]:
    """Run a `MutatingProxy` on a free port of 127.0.0.1; yields its base URL. `fault=None` is a plain proxy."""
    app = MutatingProxy(upstream, api_key, fault, second_key)
    with serve(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"), "proxy") as base_url:
        yield base_url
