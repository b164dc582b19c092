"""Figures the overview quotes from the spec: `{{x-limits.NAME}}` in `info.x-overview` becomes that limit.

The spec's `x-limits` holds the sizes the sandbox enforces; the overview's prose
names them without restating them, so changing a value there changes the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from invoiced_spec import Limit

__all__ = ["PLACEHOLDER", "expand_limits", "quantity"]

PLACEHOLDER = re.compile(r"\{\{\s*x-limits\.([A-Za-z0-9_]+)\s*\}\}")
_BINARY = (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024))


def quantity(limit: Limit) -> str:
    """A limit as a reader says it: `1 MiB (1,048,576 bytes)`, `8 levels`, `1 second`, `24 hours`."""
    value, unit = limit.value, limit.unit
    if unit == "bytes":
        for name, size in _BINARY:
            if value % size == 0:
                return f"{value // size:,} {name} ({value:,} bytes)"
        return f"{value:,} bytes"
    if unit == "seconds":
        # A day's worth of seconds reads better as hours.
        for name, size in (("hours", 3600), ("minutes", 60)):
            if value >= size and value % size == 0:
                value, unit = value // size, name
                break
    if value == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{value:,} {unit}".rstrip()


def expand_limits(text: str, found: Mapping[str, Limit]) -> str:
    """`text` with every placeholder replaced; one naming no entry of `x-limits` is a ValueError."""

    def figure(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in found:
            raise ValueError(f"{match.group(0)} names no entry of x-limits (known: {', '.join(sorted(found))})")
        return quantity(found[name])

    return PLACEHOLDER.sub(figure, text)
