"""Exact money arithmetic: Decimal in, integer cents stored, JSON numbers out."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["cents", "decimal", "money", "number", "round_money"]

_CENT = Decimal("0.01")


def decimal(value: float | int | str | Decimal) -> Decimal:
    """A request number as a Decimal; floats go through their shortest repr, so 0.1 stays 0.1."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def round_money(value: Decimal) -> Decimal:
    """Two decimal places, half up, as the spec's introduction says."""
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


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
