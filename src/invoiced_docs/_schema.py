"""Reading JSON Schemas for display: type labels, descriptions and the attributes of objects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from invoiced_spec import resolve

from ._words import plural

__all__ = [
    "Attribute",
    "attributes",
    "default_value",
    "enum_values",
    "linked_objects",
    "nested_object",
    "ref_name",
    "schema_description",
    "type_label",
]

_SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class Attribute:
    name: str
    schema: dict[str, Any]
    required: bool


def ref_name(node: Any) -> str | None:
    """The component name a `$ref` node points at, or None for an inline schema."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            return ref[len(_SCHEMA_REF) :]
    return None


def _alternatives(spec: dict[str, Any], node: Any) -> list[Any]:
    """The raw (unresolved) alternatives of a oneOf/anyOf, or the node itself."""
    resolved = resolve(spec, node)
    for key in ("oneOf", "anyOf"):
        if isinstance(resolved, dict) and key in resolved and "properties" not in resolved:
            found: list[Any] = []
            for alternative in resolved[key]:
                found.extend(_alternatives(spec, alternative))
            return found
    return [node]


def _is_null(spec: dict[str, Any], node: Any) -> bool:
    return bool(resolve(spec, node).get("type") == "null")


def _base_types(spec: dict[str, Any], node: Any) -> list[str]:
    schema = resolve(spec, node)
    declared = schema.get("type")
    if isinstance(declared, list):
        return [t for t in declared if t != "null"]
    if isinstance(declared, str):
        return [declared]
    if "properties" in schema:
        return ["object"]
    if "enum" in schema or "const" in schema:
        return ["string"]
    return []


def _single_label(spec: dict[str, Any], node: Any) -> list[str]:
    schema = resolve(spec, node)
    labels: list[str] = []
    for base in _base_types(spec, node):
        if base == "array":
            item_labels = _single_label(spec, schema.get("items", {}))
            labels.append("array of " + " or ".join(plural(label) for label in item_labels) if item_labels else "array")
        else:
            labels.append(base)
    return labels


def type_label(spec: dict[str, Any], node: Any) -> str:
    """A short human type such as `string`, `integer or object`, `array of objects`, with `, nullable`."""
    labels: list[str] = []
    nullable = False
    for alternative in _alternatives(spec, node):
        if _is_null(spec, alternative):
            nullable = True
            continue
        declared = resolve(spec, alternative).get("type")
        if isinstance(declared, list) and "null" in declared:
            nullable = True
        for label in _single_label(spec, alternative):
            if label not in labels:
                labels.append(label)
    text = " or ".join(labels) if labels else "any"
    return f"{text}, nullable" if nullable else text


def schema_description(spec: dict[str, Any], node: Any) -> str:
    """The node's own description, else that of the one schema it stands for."""
    if isinstance(node, dict) and node.get("description"):
        return str(node["description"]).strip()
    concrete = [a for a in _alternatives(spec, node) if not _is_null(spec, a)]
    if len(concrete) == 1:
        description = resolve(spec, concrete[0]).get("description")
        if description:
            return str(description).strip()
    return ""


def _object_schema(spec: dict[str, Any], node: Any) -> tuple[dict[str, Any], str | None] | None:
    schema = resolve(spec, node)
    if schema.get("properties"):
        return schema, ref_name(node)
    return None


def nested_object(
    spec: dict[str, Any], node: Any, documented_elsewhere: frozenset[str]
) -> tuple[dict[str, Any], str | None] | None:
    """The object a property holds (directly, in an array, or as a nullable alternative), if it is to be nested.

    Objects that are documented on their own page (`documented_elsewhere`, by component name) are
    not nested: an expandable relation would otherwise pull a whole resource into every table.
    """
    for alternative in _alternatives(spec, node):
        if _is_null(spec, alternative):
            continue
        schema = resolve(spec, alternative)
        candidate = alternative
        if "array" in _base_types(spec, alternative) and "items" in schema:
            candidate = schema["items"]
        found = _object_schema(spec, candidate)
        if found is None:
            continue
        if found[1] is not None and found[1] in documented_elsewhere:
            continue
        return found
    return None


def linked_objects(spec: dict[str, Any], node: Any) -> list[tuple[str, bool]]:
    """Components with properties that the node holds directly or as array items (not as oneOf choices).

    Each comes with whether the node holds many of them (an array).
    """
    found: list[tuple[str, bool]] = []
    alternatives = [a for a in _alternatives(spec, node) if not _is_null(spec, a)]
    if len(alternatives) != 1:
        return found
    schema = resolve(spec, alternatives[0])
    many = "array" in _base_types(spec, alternatives[0]) and "items" in schema
    target = schema["items"] if many else alternatives[0]
    name = ref_name(target)
    if name and resolve(spec, target).get("properties"):
        found.append((name, many))
    return found


def attributes(spec: dict[str, Any], node: Any) -> list[Attribute]:
    """The properties of an object schema, in document order."""
    schema = resolve(spec, node)
    required = set(schema.get("required", []))
    return [
        Attribute(name=name, schema=prop, required=name in required)
        for name, prop in schema.get("properties", {}).items()
    ]


def enum_values(spec: dict[str, Any], node: Any) -> list[Any]:
    """Allowed values of an enum (through refs and nullable alternatives), else empty."""
    values: list[Any] = []
    for alternative in _alternatives(spec, node):
        schema = resolve(spec, alternative)
        for value in schema.get("enum", []):
            if value not in values and value is not None:
                values.append(value)
    return values


def default_value(spec: dict[str, Any], node: Any) -> tuple[bool, Any]:
    schema = resolve(spec, node)
    if isinstance(schema, dict) and "default" in schema:
        return True, schema["default"]
    return False, None
