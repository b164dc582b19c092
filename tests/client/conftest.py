"""A scripted HTTP server of our own for the retry layer: it answers what each test asks for and counts hits."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


@dataclass
class ScriptedServer:
    """`/answer/{status}?key=K&fail=N&retry_after=S`: answers `status` to the first N hits of K (all, without
    `fail`), then 200. `hits[K]` counts the requests that reached it."""

    base_url: str = ""
    hits: Counter[str] = field(default_factory=Counter)


def _app(server: ScriptedServer) -> Starlette:
    async def answer(request: Request) -> JSONResponse:
        key = request.query_params.get("key", "")
        server.hits[key] += 1
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
