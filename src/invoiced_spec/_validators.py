"""JSON Schema validators for fragments of the spec, with `#/components/...` refs resolvable."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._rules import with_cross_field_rules

__all__ = ["schema_validator"]

_SPEC_URI = "urn:invoiced:openapi"


def _anchor_refs(node: Any) -> Any:
    # A fragment lifted out of the spec no longer sits in the document its
    # "#/..." refs point into, so they are rewritten to name the spec's URI.
    if isinstance(node, dict):
        anchored: dict[str, Any] = {}
        for key, value in node.items():
            is_local_ref = key == "$ref" and isinstance(value, str) and value.startswith("#")
            anchored[key] = _SPEC_URI + value if is_local_ref else _anchor_refs(value)
        return anchored
    if isinstance(node, list):
        return [_anchor_refs(item) for item in node]
    return node


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator (OpenAPI 3.1's dialect) for `schema`, resolving refs against `spec`.

    Component schemas are validated with their `x-crossFieldRules`, as the server applies them.
    """
    spec = with_cross_field_rules(spec)
    registry: Registry[Any] = Registry().with_resource(
        _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(_anchor_refs(schema), registry=registry)
