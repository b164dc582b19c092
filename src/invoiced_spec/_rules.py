"""Rules the spec states outside a schema's own keywords, and the ones more than one part applies by hand.

A rule spanning several fields (`anyOf` of `required`s, `if`/`then`) is kept
in a schema's `x-crossFieldRules`, a list of JSON Schemas, because code
generators either choke on such keywords or drop them. Every validator of our
own reads the spec through `with_cross_field_rules`, which folds each list
back into its schema's `allOf`, so the rules are enforced exactly as written.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from ._loader import resolve

__all__ = [
    "CROSS_FIELD_RULES",
    "cross_field_rules",
    "fold_cross_field_rules",
    "least_transaction_amounts",
    "with_cross_field_rules",
]

CROSS_FIELD_RULES = "x-crossFieldRules"

# The folded copy of each spec object seen; the spec itself is kept so its id stays unique.
_folded: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}


def cross_field_rules(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON Schemas a schema's `x-crossFieldRules` adds to it."""
    return list(schema.get(CROSS_FIELD_RULES, []))


def fold_cross_field_rules(spec: dict[str, Any]) -> None:
    """Put every component schema's `x-crossFieldRules` into its `allOf`, in place."""
    for schema in spec.get("components", {}).get("schemas", {}).values():
        rules = cross_field_rules(schema)
        if rules:
            schema["allOf"] = [*schema.get("allOf", []), *rules]


def with_cross_field_rules(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec whose component schemas carry their `x-crossFieldRules` in `allOf`.

    The copy is made once per loaded spec; callers must treat it as read-only.
    """
    cached = _folded.get(id(spec))
    if cached is not None and cached[0] is spec:
        return cached[1]
    folded = copy.deepcopy(spec)
    fold_cross_field_rules(folded)
    _folded[id(spec)] = (spec, folded)
    return folded


def least_transaction_amounts(spec: dict[str, Any]) -> dict[str, Decimal]:
    """Transaction types that move money, and the least `amount` each may have.

    Read from TransactionCreate's `if`/`then` rule: the sandbox applies it to
    an amount it defaults or an update changes, the contract suite to excuse
    the rejections that follow.
    """
    schema = resolve(spec, {"$ref": "#/components/schemas/TransactionCreate"})
    found: dict[str, Decimal] = {}
    for rule in cross_field_rules(schema):
        condition, then = rule.get("if"), rule.get("then")
        if condition and then:
            least = Decimal(str(then["properties"]["amount"]["minimum"]))
            found.update(dict.fromkeys(condition["properties"]["type"]["enum"], least))
    return found
