"""What the generated client sent, with every answer checked against the spec on the way."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from tests.fixtures.sandbox import check_response

__all__ = ["Recorder"]


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
