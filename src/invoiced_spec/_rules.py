"""Rules the spec states in schema keywords that more than one part needs to apply outside validation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._loader import resolve

__all__ = ["least_transaction_amounts"]


def least_transaction_amounts(spec: dict[str, Any]) -> dict[str, Decimal]:
    """Transaction types that move money, and the least `amount` each may have.

    Read from TransactionCreate's `if`/`then`: the sandbox applies it to an
    amount it defaults or an update changes, the contract suite to excuse the
    rejections that follow.
    """
    schema = resolve(spec, {"$ref": "#/components/schemas/TransactionCreate"})
    found: dict[str, Decimal] = {}
    for branch in schema.get("allOf", []):
        condition, then = branch.get("if"), branch.get("then")
        if condition and then:
            least = Decimal(str(then["properties"]["amount"]["minimum"]))
            found.update(dict.fromkeys(condition["properties"]["type"]["enum"], least))
    return found
