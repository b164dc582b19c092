"""The sandbox's limits, read from the spec's `x-limits` (the one place they are written)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from invoiced_spec import limits

__all__ = ["Limits"]


@dataclass(frozen=True)
class Limits:
    """Sizes in bytes or entries, times in seconds; tests may shorten the times with `dataclasses.replace`."""

    body_bytes: int
    nesting_depth: int
    header_bytes: int
    header_timeout: float
    body_timeout: float
    keep_alive_timeout: float
    write_lock_wait: float
    count_cache_entries: int
    emails_kept: int
    idempotency_key_lifetime: float

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> Limits:
        declared = limits(spec)
        values: dict[str, Any] = {}
        for field in fields(cls):
            name = _camel(field.name)
            if name not in declared:
                raise LookupError(f"the spec's x-limits has no {name}, which the sandbox enforces")
            values[field.name] = declared[name].value
        return cls(**values)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
