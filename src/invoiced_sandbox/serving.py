"""Serving the sandbox with uvicorn, answering even unparseable requests with the Error object."""

from __future__ import annotations

from typing import Any

import orjson
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["ErrorObjectHttpProtocol", "server_config"]


class ErrorObjectHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, whose own 400s carry the spec's Error object.

    A request that is not valid HTTP (a Content-Length of `$se`, say) never
    reaches the app: uvicorn answers it itself, in plain text. The spec
    promises the Error object for every 4xx, so this answer is one too.
    """

    def send_400_response(self, msg: str) -> None:
        body = orjson.dumps(
            {"type": "invalid_request", "message": f"The request is not valid HTTP: {msg}", "param": None}
        )
        head = [b"HTTP/1.1 400 Bad Request\r\n"]
        for name, value in self.server_state.default_headers:
            head.append(name + b": " + value + b"\r\n")
        head.append(b"content-type: application/json\r\n")
        head.append(b"content-length: " + str(len(body)).encode("ascii") + b"\r\n")
        head.append(b"connection: close\r\n\r\n")
        self.transport.write(b"".join(head) + body)
        self.transport.close()


def server_config(app: Any, **options: Any) -> uvicorn.Config:
    """The uvicorn configuration the sandbox runs with; `options` are uvicorn's own."""
    return uvicorn.Config(app, http=ErrorObjectHttpProtocol, **options)
