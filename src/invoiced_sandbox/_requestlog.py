"""The last requests of each business, kept in this process's memory, and their request IDs."""

from __future__ import annotations

import secrets
from collections import deque
from dataclasses import dataclass

__all__ = ["LOG_SIZE", "LoggedRequest", "RequestLog", "new_request_id"]

# spec/sandbox.yaml, listRequests: the last 1,000 requests per business.
LOG_SIZE = 1000


def new_request_id() -> str:
    return "req_" + secrets.token_hex(8)


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    id: str
    at: float
    method: str
    path: str
    query: str
    status: int
    duration_ms: float

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "at": round(self.at, 6), "method": self.method, "path": self.path,
            "query": self.query, "status": self.status, "duration_ms": round(self.duration_ms, 3),
        }  # fmt: skip


class RequestLog:
    def __init__(self, size: int = LOG_SIZE) -> None:
        self._size = size
        self._by_business: dict[int, deque[LoggedRequest]] = {}

    def record(self, business: int, entry: LoggedRequest) -> None:
        log = self._by_business.get(business)
        if log is None:
            log = self._by_business[business] = deque(maxlen=self._size)
        log.append(entry)

    def entries(self, business: int) -> list[LoggedRequest]:
        """Oldest first."""
        return list(self._by_business.get(business, ()))

    def clear(self, business: int) -> None:
        self._by_business.pop(business, None)
