"""Faults injected into a business's next requests (spec/sandbox.yaml, injectFault)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

__all__ = ["Fault", "Faults"]


@dataclass(slots=True)
class Fault:
    kind: str  # rate_limit, unavailable or delay
    remaining: int
    retry_after: int
    delay_ms: int

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind, "remaining": self.remaining, "retry_after": self.retry_after, "delay_ms": self.delay_ms,
        }  # fmt: skip


class Faults:
    """Per business, a queue of faults; each request outside the controls takes one from the head."""

    def __init__(self) -> None:
        self._queues: dict[int, deque[Fault]] = {}

    def add(self, business: int, fault: Fault) -> None:
        self._queues.setdefault(business, deque()).append(fault)

    def pending(self, business: int) -> list[Fault]:
        return list(self._queues.get(business, ()))

    def clear(self, business: int) -> None:
        self._queues.pop(business, None)

    def take(self, business: int) -> Fault | None:
        """The fault for this request, if one is pending; it counts the request against it."""
        queue = self._queues.get(business)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.popleft()
        return fault
