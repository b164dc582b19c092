"""House rules that keep the spec readable by other OpenAPI tools (spec/DECISIONS.md, Portability).

`make spec` runs them in a second; tests/portability runs the tools themselves.
Extensions (`x-...`) are read only by our own tools and are not checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ._loader import resolve

__all__ = ["cross_field_keywords", "link_bodies", "named_enums", "nested_form_fields", "numeric_formats"]

_FORMATS = {"integer": {"int32", "int64"}, "number": {"double"}}
# Keywords that tie fields together; they go in x-crossFieldRules, where generators leave them alone.
_CROSS_FIELD = ("if", "then", "else", "dependentRequired", "dependentSchemas")


def _schemas(node: Any, pointer: str, top: bool = False) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every schema object under `node` (a schema), with its pointer and whether it is a component itself."""
    if not isinstance(node, dict):
        return
    yield pointer, node, top
    for key, value in node.items():
        if key.startswith("x-") or key in ("examples", "example", "enum", "const", "default"):
            continue
        if key in ("properties", "$defs", "patternProperties", "dependentSchemas"):
            for name, sub in value.items() if isinstance(value, dict) else ():
                yield from _schemas(sub, f"{pointer}/{key}/{name}")
        elif isinstance(value, list):
            for index, sub in enumerate(value):
                yield from _schemas(sub, f"{pointer}/{key}/{index}")
        elif isinstance(value, dict):
            yield from _schemas(value, f"{pointer}/{key}")


def _all_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        yield from _schemas(schema, f"#/components/schemas/{name}", top=True)
    for kind in ("parameters", "headers"):
        for name, holder in spec.get("components", {}).get(kind, {}).items():
            yield from _schemas(holder.get("schema"), f"#/components/{kind}/{name}/schema")
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            holders = operation.get("parameters", []) if method != "parameters" else operation
            for index, parameter in enumerate(holders if isinstance(holders, list) else []):
                yield from _schemas(parameter.get("schema"), f"#/paths/{path}/{method}/parameters/{index}/schema")


def numeric_formats(spec: dict[str, Any]) -> list[str]:
    problems = []
    for pointer, schema, _ in _all_schemas(spec):
        declared = schema.get("type")
        types = set(declared) if isinstance(declared, list) else {declared}
        for kind, allowed in _FORMATS.items():
            if kind in types and schema.get("format") not in allowed:
                problems.append(f"{pointer}: {kind} without format {' or '.join(sorted(allowed))}")
    return problems


def named_enums(spec: dict[str, Any]) -> list[str]:
    return [
        f"{pointer}: inline enum; make it a named component schema"
        for pointer, schema, top in _all_schemas(spec)
        if "enum" in schema and not top
    ]


def cross_field_keywords(spec: dict[str, Any]) -> list[str]:
    problems = []
    for pointer, schema, _ in _all_schemas(spec):
        found = [keyword for keyword in _CROSS_FIELD if keyword in schema]
        for keyword in ("allOf", "anyOf", "oneOf"):
            if any(isinstance(b, dict) and set(b) <= {"required", "description"} for b in schema.get(keyword, [])):
                found.append(f"{keyword} of required")
        if found:
            problems.append(f"{pointer}: {', '.join(found)}; state it in x-crossFieldRules")
    return problems


def link_bodies(spec: dict[str, Any]) -> list[str]:
    return [
        f"#/components/links/{name}: requestBody that is not a runtime expression; use x-requestBody"
        for name, link in spec.get("components", {}).get("links", {}).items()
        if "requestBody" in link and not (isinstance(link["requestBody"], str) and link["requestBody"].startswith("$"))
    ]


def nested_form_fields(spec: dict[str, Any]) -> list[str]:
    problems = []
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            body = resolve(spec, operation.get("requestBody", {})) if isinstance(operation, dict) else {}
            for name, how in (
                body.get("content", {}).get("application/x-www-form-urlencoded", {}).get("encoding", {}).items()
            ):
                if how.get("style") == "deepObject":
                    problems.append(f"{method.upper()} {path}: form field {name} is deepObject; use contentType JSON")
    return problems
