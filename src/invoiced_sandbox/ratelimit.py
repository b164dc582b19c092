"""Per-key request rate limiting: a token bucket refilled at N requests per second."""

from __future__ import annotations

import math
import time

__all__ = ["RateLimiter"]


class RateLimiter:
    """Allows bursts of up to `rate` requests (at least one), then `rate` per second."""

    def __init__(self, rate: float) -> None:
        if rate <= 0:
            raise ValueError("the rate limit must be positive")
        self._rate = rate
        self._capacity = max(1.0, rate)
        self._buckets: dict[int, tuple[float, float]] = {}

    def retry_after(self, business: int) -> int | None:
        """None when the request may go ahead, else the whole seconds to wait (at least 1)."""
        now = time.monotonic()
        tokens, stamp = self._buckets.get(business, (self._capacity, now))
        tokens = min(self._capacity, tokens + (now - stamp) * self._rate)
        if tokens >= 1:
            self._buckets[business] = (tokens - 1, now)
            return None
        self._buckets[business] = (tokens, now)
        return max(1, math.ceil((1 - tokens) / self._rate))
