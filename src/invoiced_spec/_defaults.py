"""The spec's `default:` values, filled into a request where it leaves them out."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ._loader import resolve

__all__ = ["Filler", "build_defaults"]

Filler = Callable[[Any], Any]

_NESTING = 12  # deeper than any schema of the spec; a recursive schema stops here


def _default(spec: dict[str, Any], node: Any) -> tuple[bool, Any]:
    # `default` may sit beside a $ref (OpenAPI 3.1) or in the schema it names.
    if isinstance(node, dict) and "default" in node:
        return True, node["default"]
    target = resolve(spec, node)
    if isinstance(target, dict) and "default" in target:
        return True, target["default"]
    return False, None


def build_defaults(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Filler:
    """A function giving an object (and the objects and lists inside it) the defaults `schema` declares.

    Only properties the request left out are filled, and only inside objects
    it sent: a default never creates the object that would hold it. Defaults
    come from the schema and its `allOf`; nested objects are walked through
    `oneOf` and `anyOf` as well, so a line item inside a list gets its own.
    """
    schema = resolve(spec, schema)
    if depth > _NESTING or not isinstance(schema, dict):
        return lambda value: value
    defaults: dict[str, Any] = {}
    fillers: dict[str, Filler] = {}
    items: Filler | None = None
    own = [schema, *schema.get("allOf", [])]
    for branch in [*own, *schema.get("oneOf", []), *schema.get("anyOf", [])]:
        branch = resolve(spec, branch)
        for name, sub in branch.get("properties", {}).items():
            has, value = _default(spec, sub)
            if has and any(branch is resolve(spec, b) for b in own):
                defaults.setdefault(name, value)
            fillers.setdefault(name, build_defaults(spec, sub, depth + 1))
        if "items" in branch and items is None:
            items = build_defaults(spec, branch["items"], depth + 1)
    item_filler = items

    def fill(value: Any) -> Any:
        if isinstance(value, dict):
            filled = {k: fillers[k](v) if k in fillers else v for k, v in value.items()}
            for name, default in defaults.items():
                if name not in filled:
                    filled[name] = copy.deepcopy(default)
            return filled
        if isinstance(value, list) and item_filler is not None:
            return [item_filler(v) for v in value]
        return value

    return fill
