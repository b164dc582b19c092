"""JSON Schema validators for fragments of the spec, with `#/components/...` refs resolvable."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._rules import with_cross_field_rules

__all__ = ["SPEC_URI", "anchor_refs", "schema_validator"]

# The URI under which every validator's registry holds the whole spec.
SPEC_URI = "urn:invoiced:openapi"


def anchor_refs(node: Any) -> Any:
    """`node` with its local `#/...` refs rewritten to point into the spec held at SPEC_URI.

    A fragment lifted out of the spec no longer sits in the document its refs
    point into; any validator library (jsonschema here, jsonschema_rs in the
    sandbox) resolves the rewritten refs against a registry holding the spec.
    """
    if isinstance(node, dict):
        anchored: dict[str, Any] = {}
        for key, value in node.items():
            is_local_ref = key == "$ref" and isinstance(value, str) and value.startswith("#")
            anchored[key] = SPEC_URI + value if is_local_ref else anchor_refs(value)
        return anchored
    if isinstance(node, list):
        return [anchor_refs(item) for item in node]
    return node


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A Draft 2020-12 validator (OpenAPI 3.1's dialect) for `schema`, resolving refs against `spec`.

    Component schemas are validated with their `x-crossFieldRules`, as the server applies them.
    """
    spec = with_cross_field_rules(spec)
    registry: Registry[Any] = Registry().with_resource(
        SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    return Draft202012Validator(anchor_refs(schema), registry=registry)
