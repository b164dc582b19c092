"""Request validators, derived from the spec's schemas once at start-up.

Every schema is validated in place within the spec (by `$ref` into a
registry holding the whole document, anchored by invoiced_spec's
`anchor_refs`), so `#/components/...` references resolve exactly as they
do for every other tool reading the spec.
"""

from __future__ import annotations

from typing import Any

import jsonschema_rs

from invoiced_spec import SPEC_URI, anchor_refs

from ._errors import ApiError, bad_request

__all__ = ["SchemaCheck", "param_name"]


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
        self._validator = jsonschema_rs.Draft202012Validator(anchor_refs(schema), registry=registry)
        # Path prefix for error names: a query parameter's own name, or none for bodies.
        self._root = root

    @staticmethod
    def registry(spec: dict[str, Any]) -> jsonschema_rs.Registry:
        return jsonschema_rs.Registry([(SPEC_URI, spec)])

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
