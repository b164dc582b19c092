"""The route table, derived from the spec's paths and operationIds, with each operation's validators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

from invoiced_spec import Operation, operations
from invoiced_spec.forms import Coercer, build_coercer, json_fields

from .context import Handler
from .validation import SchemaCheck

__all__ = ["Body", "Route", "Router"]

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass(frozen=True)
class Body:
    required: bool
    checks: dict[str, SchemaCheck]
    form_coercer: Coercer | None


@dataclass
class Route:
    """One operation: its handler and the validators compiled from its parameters and body."""

    operation_id: str
    handler: Handler
    writes: bool
    path_checks: dict[str, SchemaCheck]
    query_names: frozenset[str]
    query_check: SchemaCheck | None
    query_coercer: Coercer | None
    body: Body | None
    idempotency_check: SchemaCheck | None


@dataclass
class PathTemplate:
    segments: tuple[str | None, ...]  # None where a path parameter goes
    names: tuple[str, ...]
    routes: dict[str, Route] = field(default_factory=dict)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(method.upper() for method in self.routes))


def _route(spec: dict[str, Any], registry: jsonschema_rs.Registry, op: Operation, handler: Handler) -> Route:
    path_checks = {p.name: SchemaCheck(registry, p.schema, root=p.name) for p in op.parameters if p.location == "path"}
    query = [p for p in op.parameters if p.location == "query"]
    query_check = query_coercer = None
    if query:
        schema = {
            "type": "object",
            "properties": {p.name: p.schema for p in query},
            "required": [p.name for p in query if p.required],
        }
        query_check = SchemaCheck(registry, schema)
        query_coercer = build_coercer(spec, schema)
    idempotency = op.parameter("Idempotency-Key", "header")
    body = None
    if op.request_body is not None:
        content = op.request_body.get("content", {})
        checks = {media: SchemaCheck(registry, entry["schema"]) for media, entry in content.items()}
        form = content.get(FORM)
        body = Body(
            required=bool(op.request_body.get("required", False)),
            checks=checks,
            form_coercer=build_coercer(spec, form["schema"], json_encoded=json_fields(form)) if form else None,
        )
    return Route(
        operation_id=op.operation_id,
        handler=handler,
        writes=op.method != "get",
        path_checks=path_checks,
        query_names=frozenset(p.name for p in query),
        query_check=query_check,
        query_coercer=query_coercer,
        body=body,
        idempotency_check=SchemaCheck(registry, idempotency.schema, root=idempotency.name) if idempotency else None,
    )


class Router:
    """Matches request paths against the spec's path templates."""

    def __init__(self, spec: dict[str, Any], handlers: Mapping[str, Handler]) -> None:
        registry = SchemaCheck.registry(spec)
        self._templates: dict[tuple[int, str], list[PathTemplate]] = {}
        by_path: dict[str, PathTemplate] = {}
        missing = []
        for op in operations(spec):
            handler = handlers.get(op.operation_id)
            if handler is None:
                missing.append(op.operation_id)
                continue
            template = by_path.get(op.path)
            if template is None:
                parts = op.path.split("/")
                template = PathTemplate(
                    segments=tuple(None if p.startswith("{") else p for p in parts),
                    names=tuple(p[1:-1] for p in parts if p.startswith("{")),
                )
                by_path[op.path] = template
                self._templates.setdefault((len(parts), parts[1]), []).append(template)
            template.routes[op.method] = _route(spec, registry, op, handler)
        if missing:
            raise LookupError(f"no sandbox handler for the spec's operations {missing}")

    def match(self, path: str) -> tuple[PathTemplate, list[str]] | None:
        parts = path.split("/")
        if len(parts) < 2:
            return None
        for template in self._templates.get((len(parts), parts[1]), ()):
            values = []
            for want, got in zip(template.segments, parts, strict=True):
                if want is None:
                    if not got:
                        break
                    values.append(got)
                elif want != got:
                    break
            else:
                return template, values
        return None
