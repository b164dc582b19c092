"""Request validators and form coercers, derived from the spec's schemas once at start-up.

Every schema is validated in place within the spec (by `$ref` into a
registry holding the whole document), so `#/components/...` references
resolve exactly as they do for every other tool reading the spec.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema_rs

from invoiced_spec import resolve

from .errors import ApiError, bad_request

__all__ = ["Coercer", "SchemaCheck", "build_coercer", "param_name"]

_SPEC_URI = "urn:invoiced:openapi"
_INTEGER = re.compile(r"^[+-]?[0-9]{1,30}$")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?$")
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}

Coercer = Callable[[Any], Any]


def _anchor(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                _SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _anchor(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchor(item) for item in node]
    return node


def param_name(path: list[str | int]) -> str | None:
    """`["items", 0, "quantity"]` → `items[0][quantity]`, the spec's bracket notation."""
    if not path:
        return None
    head, *rest = path
    return str(head) + "".join(f"[{part}]" for part in rest)


def _most_specific(error: Any) -> Any:
    """Descend into anyOf/oneOf to the branch error that names a parameter best."""
    while error.kind.name in ("anyOf", "oneOf"):
        branches = [errors for errors in getattr(error.kind, "context", []) if errors]
        candidates = [errors[0] for errors in branches]
        if not candidates:
            break
        # A `type: null` branch only says "not null"; the other branch says why.
        informative = [
            e for e in candidates if not (e.kind.name == "type" and e.kind.as_dict().get("types") == ["null"])
        ]
        error = (informative or candidates)[0]
    return error


class SchemaCheck:
    """A compiled validator for one schema of the spec, answering the first problem as a 400."""

    def __init__(self, registry: jsonschema_rs.Registry, schema: dict[str, Any], root: str | None = None) -> None:
        self._validator = jsonschema_rs.Draft202012Validator(_anchor(schema), registry=registry)
        # Path prefix for error names: a query parameter's own name, or none for bodies.
        self._root = root

    @staticmethod
    def registry(spec: dict[str, Any]) -> jsonschema_rs.Registry:
        return jsonschema_rs.Registry([(_SPEC_URI, spec)])

    def check(self, instance: Any) -> None:
        if self._validator.is_valid(instance):
            return
        error = next(iter(self._validator.iter_errors(instance)), None)
        if error is None:
            return
        raise self._to_api_error(_most_specific(error))

    def _to_api_error(self, error: Any) -> ApiError:
        path: list[str | int] = list(error.instance_path)
        kind = error.kind
        details = kind.as_dict()
        if kind.name == "required":
            path.append(details["property"])
        elif kind.name == "additionalProperties":
            path.append(details["unexpected"][0])
        if self._root is not None:
            path.insert(0, self._root)
        name = param_name(path)
        if name is None:
            return bad_request(f"Invalid request: {error.message}")
        if kind.name == "required":
            return bad_request(f"{name} is required", name)
        if kind.name == "additionalProperties":
            return bad_request(f"{name} is not a known parameter", name)
        return bad_request(f"Invalid {name}: {error.message}", name)


def _branches(schema: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield schema
    for keyword in ("oneOf", "anyOf", "allOf"):
        yield from schema.get(keyword, [])


def _types(spec: dict[str, Any], schema: dict[str, Any], seen: frozenset[int] = frozenset()) -> set[str]:
    found: set[str] = set()
    schema = resolve(spec, schema)
    if id(schema) in seen:
        return found
    for branch in _branches(schema):
        branch = resolve(spec, branch)
        declared = branch.get("type")
        if isinstance(declared, str):
            found.add(declared)
        elif isinstance(declared, list):
            found.update(declared)
        if "enum" in branch or "const" in branch or "pattern" in branch:
            found.add("string")
        if branch is not schema:
            found |= _types(spec, branch, seen | {id(schema)})
    return found


def _coerce_scalar(types: set[str]) -> Coercer:
    def coerce(value: Any) -> Any:
        if not isinstance(value, str) or "string" in types:
            return value
        if "boolean" in types and value in _BOOLEANS:
            return _BOOLEANS[value]
        if "integer" in types and _INTEGER.match(value):
            return int(value)
        if "number" in types and _NUMBER.match(value):
            return int(value) if _INTEGER.match(value) else float(value)
        return value

    return coerce


def build_coercer(spec: dict[str, Any], schema: dict[str, Any], depth: int = 0) -> Coercer:
    """Turn form text into the types `schema` asks for, before validation.

    Forms carry only strings: `quantity=2` must become 2 and `sent=1` true
    where the spec says so. Values the schema does not expect are left as
    they are for the validator to reject with a precise message.
    """
    schema = resolve(spec, schema)
    if depth > 12:
        return lambda value: value
    properties: dict[str, Coercer] = {}
    items: Coercer | None = None
    for branch in _branches(schema):
        branch = resolve(spec, branch)
        for name, sub in branch.get("properties", {}).items():
            properties.setdefault(name, build_coercer(spec, sub, depth + 1))
        if "items" in branch and items is None:
            items = build_coercer(spec, branch["items"], depth + 1)
    scalar = _coerce_scalar(_types(spec, schema))
    item_coercer = items

    def coerce(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: properties[k](v) if k in properties else v for k, v in value.items()}
        if isinstance(value, list):
            return [item_coercer(v) for v in value] if item_coercer is not None else value
        return scalar(value)

    return coerce
