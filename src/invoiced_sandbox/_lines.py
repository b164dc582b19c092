"""Invoice lines, discounts and taxes: catalog look-ups and the Decimal arithmetic of totals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import orjson

from ._context import Context
from ._errors import bad_request
from ._money import cents, decimal, number, round_money
from ._store import allocate_ids

__all__ = ["Totals", "amounts", "build_items", "dump", "totals"]


def amounts(ctx: Context, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Discount or tax inputs as stored objects, each with a fresh ID and its amount rounded."""
    ids = allocate_ids(ctx.db, len(inputs))
    return [
        {"id": i, "amount": number(round_money(decimal(entry["amount"]))), "rate": None}
        for i, entry in zip(ids, inputs, strict=True)
    ]


def build_items(ctx: Context, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Line items with catalog values filled in and `amount = quantity * unit_cost` computed."""
    ids = allocate_ids(ctx.db, len(inputs))
    lines = []
    for index, (line_id, entry) in enumerate(zip(ids, inputs, strict=True)):
        item = None
        if "catalog_item" in entry:
            item = ctx.catalog.items.get(entry["catalog_item"])
            if item is None:
                raise bad_request(f"No such catalog item: {entry['catalog_item']}", f"items[{index}][catalog_item]")
        quantity = decimal(entry["quantity"])  # the spec's default of 1 is filled in
        unit_cost = decimal(entry["unit_cost"]) if "unit_cost" in entry else (item.unit_cost if item else Decimal(0))
        line_type = entry.get("type") or (item.type if item else "product")
        line: dict[str, Any] = {
            "id": line_id,
            "catalog_item": item.id if item else None,
            "type": line_type,
            "name": entry.get("name") or (item.name if item else ""),
            "description": entry.get("description"),
            "quantity": number(quantity),
            "unit_cost": number(unit_cost),
            "amount": number(round_money(quantity * unit_cost)),
            "discounts": amounts(ctx, entry.get("discounts", [])),
            "taxes": amounts(ctx, entry.get("taxes", [])),
        }
        if line_type == "plan":
            line["plan"] = None
        lines.append(line)
    return lines


class Totals:
    """Subtotal and total in cents, from stored lines and invoice-level discounts and taxes."""

    def __init__(self, subtotal: Decimal, discounts: Decimal, taxes: Decimal) -> None:
        self.subtotal = cents(subtotal)
        self.total = cents(subtotal - discounts + taxes)


def _sum(entries: list[dict[str, Any]]) -> Decimal:
    return sum((decimal(entry["amount"]) for entry in entries), Decimal(0))


def totals(items: list[dict[str, Any]], discounts: list[dict[str, Any]], taxes: list[dict[str, Any]]) -> Totals:
    """Subtotal minus every discount plus every tax, per line and for the whole invoice."""
    subtotal = _sum(items)
    all_discounts = _sum(discounts) + sum((_sum(line["discounts"]) for line in items), Decimal(0))
    all_taxes = _sum(taxes) + sum((_sum(line["taxes"]) for line in items), Decimal(0))
    return Totals(subtotal, all_discounts, all_taxes)


def dump(value: Any) -> str:
    return orjson.dumps(value).decode()
