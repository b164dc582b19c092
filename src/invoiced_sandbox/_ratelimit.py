"""Per-key request rate limiting: a token bucket refilled at N requests per second."""

from __future__ import annotations

import math
import time
from collections.abc import Hashable

__all__ = ["RateLimiter"]

# Client addresses get buckets too (failed authentications), so the table is
# pruned of buckets that have refilled once it holds this many.
_PRUNE_AT = 4096


class RateLimiter:
    """Allows bursts of up to `rate` requests (at least one), then `rate` per second."""

    def __init__(self, rate: float) -> None:
        if not math.isfinite(rate) or rate <= 0:
            raise ValueError("the rate limit must be a positive number of requests per second")
        self._rate = rate
        self._capacity = max(1.0, rate)
        self._buckets: dict[Hashable, tuple[float, float]] = {}

    def retry_after(self, bucket: Hashable) -> int | None:
        """None when a request of `bucket` (a business, a client address) may go ahead, else the seconds to wait."""
        now = time.monotonic()
        if len(self._buckets) >= _PRUNE_AT and bucket not in self._buckets:
            self._prune(now)
        tokens, stamp = self._buckets.get(bucket, (self._capacity, now))
        tokens = min(self._capacity, tokens + (now - stamp) * self._rate)
        if tokens >= 1:
            self._buckets[bucket] = (tokens - 1, now)
            return None
        self._buckets[bucket] = (tokens, now)
        return max(1, math.ceil((1 - tokens) / self._rate))

    def _prune(self, now: float) -> None:
        # A bucket that has refilled is the same as no bucket: forgetting it changes nothing.
        full = [
            key
            for key, (tokens, stamp) in self._buckets.items()
            if tokens + (now - stamp) * self._rate >= self._capacity
        ]
        for key in full:
            del self._buckets[key]
