"""Python samples that use the client generated from the spec (`invoiced_client`).

Names follow openapi-python-client's own rules (its `strings` module), so a sample names the
same modules, classes, fields and enum members the generator writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

from invoiced_spec import resolve

from ._calls import Call
from ._schema import ref_name

__all__ = ["python_sample"]

_INDENT = "    "
_INLINE_WIDTH = 88
# Marks an argument passed by position rather than by keyword.
_POSITIONAL = "\0"


@dataclass
class _Imports:
    models: set[str] = field(default_factory=set)


class _Raw(str):
    """A value written into the sample as code (a variable name), not as a literal."""


def _class_name(component: str) -> str:
    return str(ClassName(component, prefix=""))


def _enum_member(value: str, index: int) -> str:
    key = value.upper() if value and value[0].isalpha() else f"VALUE_{index}"
    return snake_case(key).upper()


def _pick(spec: dict[str, Any], node: Any, value: Any) -> Any:
    """The alternative of a oneOf/anyOf that `value` takes (a dict takes the object, None the null)."""
    schema = resolve(spec, node)
    alternatives = schema.get("oneOf") or schema.get("anyOf")
    if not alternatives or "properties" in schema:
        return node
    for alternative in alternatives:
        target = resolve(spec, alternative)
        kind = target.get("type")
        if value is None and kind == "null":
            return alternative
        if isinstance(value, dict) and (kind == "object" or "properties" in target):
            return alternative
        if value is not None and not isinstance(value, dict) and kind not in ("null", "object"):
            return _pick(spec, alternative, value)
    return node


def _has_model(schema: dict[str, Any]) -> bool:
    # openapi-python-client writes no model for an object with anyOf/oneOf
    # beside its properties (allOf it merges); the generated function then
    # takes a plain dict.
    return not any(key in schema for key in ("anyOf", "oneOf"))


def _plain(value: Any, depth: int) -> str:
    """A JSON-like value as a Python literal, spread over lines like the model calls."""
    if isinstance(value, dict | list) and value:
        inner = _INDENT * (depth + 1)
        if isinstance(value, dict):
            entries = [f"{inner}{json.dumps(k)}: {_plain(v, depth + 1)},\n" for k, v in value.items()]
            return "{\n" + "".join(entries) + _INDENT * depth + "}"
        return "[\n" + "".join(f"{inner}{_plain(v, depth + 1)},\n" for v in value) + _INDENT * depth + "]"
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value)


def _value(spec: dict[str, Any], node: Any, value: Any, imports: _Imports, depth: int) -> str:
    if isinstance(value, _Raw):
        return str(value)
    node = _pick(spec, node, value)
    schema = resolve(spec, node)
    component = ref_name(node)
    if isinstance(value, dict) and component and not _has_model(schema):
        return _plain(value, depth)
    if isinstance(value, dict) and component:
        name = _class_name(component)
        imports.models.add(name)
        props = schema.get("properties", {})
        kwargs = {str(PythonIdentifier(k, prefix="field_")): (props.get(k, {}), v) for k, v in value.items()}
        return _call_text(spec, name, kwargs, imports, depth)
    if isinstance(value, list):
        items = schema.get("items", {})
        rendered = [_value(spec, items, item, imports, depth + 1) for item in value]
        one_line = "[" + ", ".join(rendered) + "]"
        if "\n" not in one_line and len(one_line) + depth * 4 < 60:
            return one_line
        inner = _INDENT * (depth + 1)
        return "[\n" + "".join(f"{inner}{item},\n" for item in rendered) + _INDENT * depth + "]"
    if isinstance(value, str) and component and "enum" in schema:
        name = _class_name(component)
        imports.models.add(name)
        return f"{name}.{_enum_member(value, schema['enum'].index(value))}"
    if isinstance(value, bool) or value is None:
        return repr(value)
    return json.dumps(value)


def _call_text(
    spec: dict[str, Any], func: str, kwargs: dict[str, tuple[Any, Any]], imports: _Imports, depth: int
) -> str:
    rendered = [
        (
            _value(spec, node, v, imports, depth + 1)
            if k.startswith(_POSITIONAL)
            else f"{k}={_value(spec, node, v, imports, depth + 1)}"
        )
        for k, (node, v) in kwargs.items()
    ]
    one_line = f"{func}({', '.join(rendered)})"
    if "\n" not in one_line and len(one_line) + depth * 4 <= _INLINE_WIDTH - 8:
        return one_line
    inner = _INDENT * (depth + 1)
    return f"{func}(\n" + "".join(f"{inner}{arg},\n" for arg in rendered) + _INDENT * depth + ")"


def python_sample(spec: dict[str, Any], call: Call) -> str:
    operation = call.operation
    module = str(PythonIdentifier(operation.operation_id, prefix=""))
    package = str(PythonIdentifier(operation.tag, prefix="tag"))
    imports = _Imports()
    # Path parameters are positional in the generated functions; the rest are keywords.
    arguments: dict[str, tuple[Any, Any]] = {}
    parameters = {(p.name, p.location): p for p in operation.parameters}
    for position, (name, value) in enumerate(call.path_values.items()):
        arguments[f"{_POSITIONAL}{position}"] = (parameters[(name, "path")].schema, value)
    arguments["client"] = ({}, _Raw("client"))
    for name, value in call.query.items():
        arguments[str(PythonIdentifier(name, prefix="parameter_"))] = (parameters[(name, "query")].schema, value)
    if call.body is not None:
        arguments["body"] = (call.body_schema, call.body)
    invocation = _call_text(spec, f"{module}.sync", arguments, imports, 0)
    variable = call.result or (None if call.kind == "delete" else call.instance)
    statement = f"{variable} = {invocation}" if variable else invocation
    lines = [
        "from invoiced_client import InvoicedClient",
        f"from invoiced_client.api.{package} import {module}",
    ]
    if imports.models:
        lines.append(f"from invoiced_client.models import {', '.join(sorted(imports.models))}")
    lines += ["", 'client = InvoicedClient("{API_KEY}")', "", statement]
    return "\n".join(lines)
