"""Money as the spec's introduction defines it: decimal arithmetic, rounded to two places, half up.

One rounding for every part: the sandbox computes totals with it, the
contract suite checks them with it.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

__all__ = ["CENT", "as_money", "decimal", "round_money"]

# Money's description: "in the currency's major unit, rounded to two decimal places".
CENT = Decimal("0.01")


def decimal(value: float | int | str | Decimal) -> Decimal:
    """A JSON number as a Decimal; floats go through their shortest repr, so 0.1 stays 0.1 and 2.675 stays 2.675."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def round_money(value: Decimal) -> Decimal:
    """Two decimal places, half up, as the spec's introduction says."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def as_money(value: float | int) -> float:
    """A JSON number rounded as Money, back as a float (58.845 -> 58.85)."""
    return float(round_money(decimal(value)))
