"""The spec's `x-limits`: sizes and timeouts the sandbox enforces and the docs and contract suite quote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Limit", "limits"]


@dataclass(frozen=True)
class Limit:
    name: str
    value: int
    unit: str
    description: str


def limits(spec: dict[str, Any]) -> dict[str, Limit]:
    """Every entry of the top-level `x-limits`, by name; a malformed entry is a ValueError naming it."""
    found: dict[str, Limit] = {}
    for name, entry in (spec.get("x-limits") or {}).items():
        value = entry.get("value") if isinstance(entry, dict) else None
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ValueError(f"x-limits.{name} needs a positive integer `value`")
        found[name] = Limit(name, value, str(entry.get("unit", "")), str(entry.get("description", "")))
    return found
