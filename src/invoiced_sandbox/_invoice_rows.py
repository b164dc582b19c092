"""An invoice's row as the API's create and the lifecycle's renewals both write it: its terms and figures."""

from __future__ import annotations

import re
from typing import Any

from ._context import Context
from ._lines import dump, totals
from ._portal import client_token
from ._schedule import LATEST

__all__ = ["AUTO_TERMS", "due_date", "figures", "is_net_terms", "new_invoice_row"]

_NET_TERMS = re.compile(r"^\s*NET\s*([0-9]{1,5})\s*$", re.IGNORECASE)
# What an auto-collection invoice shows as its terms: it is charged, not awaited.
AUTO_TERMS = "Auto-Charged"


def is_net_terms(terms: str | None) -> bool:
    return _NET_TERMS.match(terms or "") is not None


def due_date(date: int, terms: str | None) -> int | None:
    """`NET n` terms fall due n days after the invoice date; other terms set no due date."""
    match = _NET_TERMS.match(terms or "")
    if match is None:
        return None
    return min(date + int(match.group(1)) * 86400, LATEST)


def figures(
    items: list[dict[str, Any]], discounts: list[dict[str, Any]], taxes: list[dict[str, Any]]
) -> dict[str, Any]:
    """The stored lines, discounts and taxes with the subtotal and total they add up to."""
    sums = totals(items, discounts, taxes)
    return {
        "items": dump(items),
        "discounts": dump(discounts),
        "taxes": dump(taxes),
        "subtotal": sums.subtotal,
        "total": sums.total,
    }


def new_invoice_row(
    ctx: Context,
    items: list[dict[str, Any]],
    discounts: list[dict[str, Any]],
    taxes: list[dict[str, Any]],
    **columns: Any,
) -> dict[str, Any]:
    """Every column of a new invoice: `columns` as given, its figures, and an unpaid balance of its whole total."""
    row = {"business": ctx.business, **columns, **figures(items, discounts, taxes)}
    row |= {"balance": row["total"], "paid": int(row["total"] <= 0), "client_id": client_token(), "created_at": ctx.now}
    return row
