"""House rules for the spec, beyond what openapi-spec-validator checks.

Each rule returns human-readable problems; an empty list means the spec obeys it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from ._loader import resolve
from ._operations import operations
from ._portability import cross_field_keywords, link_bodies, named_enums, nested_form_fields, numeric_formats
from ._validators import schema_validator

__all__ = ["LINT_RULES", "lint"]

_CAMEL_CASE = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)*$")
_LIST_PARAMETERS = ("page", "per_page", "sort", "filter")
_LIST_HEADERS = ("Link", "X-Total-Count")

Rule = Callable[[dict[str, Any]], list[str]]


def operation_metadata(spec: dict[str, Any]) -> list[str]:
    problems = []
    ids = Counter(op.operation_id for op in operations(spec))
    for op in operations(spec):
        where = f"{op.method.upper()} {op.path}"
        if not op.operation_id:
            problems.append(f"{where}: no operationId")
        elif ids[op.operation_id] > 1:
            problems.append(f"{where}: operationId {op.operation_id} is not unique")
        elif not _CAMEL_CASE.match(op.operation_id):
            problems.append(f"{where}: operationId {op.operation_id} is not camelCase")
        if not op.summary:
            problems.append(f"{where}: no summary")
        if not op.description.strip():
            problems.append(f"{where}: no description")
        if not op.tag:
            problems.append(f"{where}: no tag")
    return problems


def error_responses(spec: dict[str, Any]) -> list[str]:
    problems = []
    for op in operations(spec):
        where = f"{op.operation_id or op.path}"
        if "default" in op.responses:
            problems.append(f"{where}: a default response hides undocumented statuses")
        for status in ("400", "401", "429"):
            if status not in op.responses:
                problems.append(f"{where}: no {status} response")
        if "{" in op.path and "404" not in op.responses:
            problems.append(f"{where}: no 404 response for its path ID")
        for status, response in op.responses.items():
            if status.startswith(("4", "5")):
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                if schema.get("$ref") != "#/components/schemas/ErrorObject":
                    problems.append(f"{where}: {status} does not return the ErrorObject schema")
        if op.method == "post" and "201" in op.responses and "Location" not in op.responses["201"].get("headers", {}):
            problems.append(f"{where}: 201 without a Location header")
        if op.method == "delete" and "204" not in op.responses:
            problems.append(f"{where}: a delete does not answer 204")
    return problems


def list_operations(spec: dict[str, Any]) -> list[str]:
    problems = []
    for op in operations(spec):
        if not op.is_list:
            continue
        names = {p.name for p in op.parameters if p.location == "query"}
        nested = "{" in op.path
        for name in _LIST_PARAMETERS:
            # A sub-collection (a customer's subscriptions) is already filtered by its path.
            if name not in names and not (nested and name in ("sort", "filter")):
                problems.append(f"{op.operation_id}: list without the {name} parameter")
        flt = op.parameter("filter")
        if flt is not None and (flt.style != "deepObject" or flt.explode is not True):
            problems.append(f"{op.operation_id}: filter is not style deepObject, explode true")
        headers = op.responses["200"].get("headers", {})
        for header in _LIST_HEADERS:
            declared = headers.get(header)
            if declared is None:
                problems.append(f"{op.operation_id}: list response without the {header} header")
                continue
            if not resolve(spec, declared).get("required"):
                problems.append(f"{op.operation_id}: {header} header is not required")
    return problems


def _walk(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{pointer}/{index}")


def references(spec: dict[str, Any]) -> list[str]:
    problems = []
    for pointer, node in _walk(spec):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            try:
                resolve(spec, {"$ref": node["$ref"]})
            except (KeyError, ValueError) as exc:
                problems.append(f"{pointer}: {exc}")
    return problems


def unused_components(spec: dict[str, Any]) -> list[str]:
    used = {node["$ref"] for _, node in _walk(spec) if isinstance(node, dict) and isinstance(node.get("$ref"), str)}
    problems = []
    for kind, members in spec.get("components", {}).items():
        if kind == "securitySchemes":
            continue
        for name in members:
            if f"#/components/{kind}/{name}" not in used:
                problems.append(f"components/{kind}/{name} is never referenced")
    return problems


def _example_sites(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example) for every example the spec gives."""
    for pointer, node in _walk(spec):
        if not isinstance(node, dict) or "$ref" in node:
            continue
        schema = node.get("schema")
        if isinstance(schema, dict):
            # Media types and parameters carry `example` or named `examples`.
            if "example" in node:
                yield pointer, schema, node["example"]
            examples = node.get("examples")
            if isinstance(examples, dict):
                for name, example in examples.items():
                    yield f"{pointer}/examples/{name}", schema, resolve(spec, example).get("value")
        is_component_schema = pointer.startswith("#/components/schemas/") and pointer.count("/") == 3
        if is_component_schema and isinstance(node.get("examples"), list):
            for index, example in enumerate(node["examples"]):
                yield f"{pointer}/examples/{index}", {"$ref": pointer}, example


def examples(spec: dict[str, Any]) -> list[str]:
    problems = []
    for where, schema, example in _example_sites(spec):
        for error in schema_validator(spec, schema).iter_errors(example):
            path = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{where}: {path or '(root)'}: {error.message}")
    return problems


def objects_have_examples(spec: dict[str, Any]) -> list[str]:
    problems = []
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if schema.get("type") == "object" and not schema.get("examples"):
            problems.append(f"components/schemas/{name}: object without an example")
    return problems


LINT_RULES: dict[str, Rule] = {
    "operation metadata": operation_metadata,
    "error responses": error_responses,
    "list operations": list_operations,
    "references": references,
    "unused components": unused_components,
    "examples": examples,
    "object examples": objects_have_examples,
    "numeric formats": numeric_formats,
    "named enums": named_enums,
    "cross-field keywords": cross_field_keywords,
    "link bodies": link_bodies,
    "nested form fields": nested_form_fields,
}


def lint(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Every rule's problems, by rule name."""
    return {name: rule(spec) for name, rule in LINT_RULES.items()}
