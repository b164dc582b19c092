"""Exact money arithmetic: Decimal in, integer cents stored, JSON numbers out."""

from __future__ import annotations

from decimal import Decimal

# The one rounding of Money, shared with the contract suite that checks it.
from invoiced_spec import decimal, load_spec, resolve, round_money

__all__ = ["DEFAULT_CURRENCY", "cents", "decimal", "money", "number", "round_money"]

# The currency of a new invoice that names none (InvoiceCreate's default), and of money not tied to one.
DEFAULT_CURRENCY: str = resolve(load_spec(), {"$ref": "#/components/schemas/InvoiceCreate"})["properties"]["currency"][
    "default"
]


def cents(value: Decimal) -> int:
    return int(round_money(value) * 100)


def money(amount_cents: int) -> int | float:
    """Cents as the JSON number of major units; whole amounts come out as integers (55, not 55.0)."""
    if amount_cents % 100 == 0:
        return amount_cents // 100
    return float(Decimal(amount_cents) / 100)


def number(value: Decimal) -> int | float:
    """Any Decimal (a quantity, a unit cost) as a JSON number, integral when it is whole."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)
