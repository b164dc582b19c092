"""Fixtures of the client tests: the generated client on a fresh sandbox, and a scripted server for the retry layer."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import uvicorn
from invoiced_client import AsyncInvoicedClient, InvoicedClient
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.fixtures.sandbox import RunningSandbox, check_response


@dataclass
class ScriptedServer:
    """`/answer/{status}?key=K&fail=N&retry_after=S`: answers `status` to the first N hits of K (all, without
    `fail`), then 200. `hits[K]` counts the requests that reached it."""

    base_url: str = ""
    hits: Counter[str] = field(default_factory=Counter)
    idempotency_keys: dict[str, list[str | None]] = field(default_factory=dict)


def _app(server: ScriptedServer) -> Starlette:
    async def answer(request: Request) -> JSONResponse:
        key = request.query_params.get("key", "")
        server.hits[key] += 1
        server.idempotency_keys.setdefault(key, []).append(request.headers.get("Idempotency-Key"))
        fail = request.query_params.get("fail")
        if fail is not None and server.hits[key] > int(fail):
            return JSONResponse({"hit": server.hits[key]})
        status = int(request.path_params["status"])
        headers = {}
        if "retry_after" in request.query_params:
            headers["Retry-After"] = request.query_params["retry_after"]
        body = {"type": "api" if status >= 500 else "invalid_request", "message": f"scripted {status}", "param": None}
        return JSONResponse(body, status_code=status, headers=headers)

    return Starlette(routes=[Route("/answer/{status:int}", answer, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def scripted_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    port = free_port()
    config = uvicorn.Config(_app(server), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not running.started:
            assert time.monotonic() < deadline, "scripted server did not start"
            time.sleep(0.01)
        server.base_url = f"http://127.0.0.1:{port}"
        yield server
    finally:
        running.should_exit = True
        thread.join(timeout=10)


@dataclass
class Recorder:
    """Every (method, path, status) the client sent, each response checked against the spec on the way."""

    calls: list[tuple[str, str, int]] = field(default_factory=list)

    def sync_hook(self, response: httpx.Response) -> None:
        response.read()
        self._record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        await response.aread()
        self._record(response)

    def _record(self, response: httpx.Response) -> None:
        check_response(response)
        self.calls.append((response.request.method, response.request.url.path, response.status_code))


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(sandbox: RunningSandbox, recorder: Recorder) -> Iterator[InvoicedClient]:
    """The generated client on a fresh sandbox; every response it gets is checked against the spec."""
    hooks = {"response": [recorder.sync_hook]}
    with InvoicedClient(sandbox.api_key, base_url=sandbox.base_url, httpx_args={"event_hooks": hooks}) as invoiced:
        yield invoiced


@pytest.fixture
def async_client(sandbox: RunningSandbox, recorder: Recorder) -> AsyncInvoicedClient:
    """Like `client`, for asyncio (the test opens it with `async with`)."""
    hooks = {"response": [recorder.async_hook]}
    return AsyncInvoicedClient(sandbox.api_key, base_url=sandbox.base_url, httpx_args={"event_hooks": hooks})
