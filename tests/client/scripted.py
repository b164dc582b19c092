"""A server that answers what a test scripts, for the client's retry and error layers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

__all__ = ["ScriptedServer", "scripted_app"]


@dataclass
class ScriptedServer:
    """`/answer/{status}?key=K&fail=N&retry_after=S`: answers `status` to the first N hits of K (all, without
    `fail`), then 200. `hits[K]` counts the requests that reached it, `idempotency_keys[K]` their Idempotency-Keys."""

    base_url: str = ""
    hits: Counter[str] = field(default_factory=Counter)
    idempotency_keys: dict[str, list[str | None]] = field(default_factory=dict)


def scripted_app(server: ScriptedServer) -> Starlette:
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
