"""The route table, derived from the spec's paths and operationIds, with each operation's validators."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import jsonschema_rs

from invoiced_spec import Coercer, Filler, Operation, build_coercer, build_defaults, json_fields, operations

from ._forms import nest, parse_pairs
from ._validation import SchemaCheck

__all__ = ["Body", "Query", "Route", "Router"]

# What a route calls: the API's handlers, or the sandbox controls' (_controls.py).
H = TypeVar("H")

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"


@dataclass(frozen=True)
class Body:
    required: bool
    checks: dict[str, SchemaCheck]
    form_coercer: Coercer | None
    fill: Filler  # the spec's defaults for what the body leaves out, after validation


@dataclass(frozen=True)
class Query:
    """An operation's query parameters as one object schema; a name it does not describe is a 400."""

    check: SchemaCheck
    coercer: Coercer
    fill: Filler

    def parse(self, raw: bytes) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The validated parameters with the spec's defaults, and the pairs sent (every one understood)."""
        pairs = parse_pairs(raw) if raw else []
        values = self.coercer(nest(pairs))
        self.check.check(values)
        return self.fill(values), pairs


@dataclass
class Route(Generic[H]):
    """One operation: its handler and the validators compiled from its parameters and body."""

    operation_id: str
    handler: H
    writes: bool
    path_checks: dict[str, SchemaCheck]
    query: Query
    body: Body | None
    idempotency_check: SchemaCheck | None


@dataclass
class PathTemplate(Generic[H]):
    segments: tuple[str | None, ...]  # None where a path parameter goes
    names: tuple[str, ...]
    routes: dict[str, Route[H]] = field(default_factory=dict)

    @property
    def allow(self) -> str:
        return ", ".join(sorted(method.upper() for method in self.routes))


def _route(spec: dict[str, Any], registry: jsonschema_rs.Registry, op: Operation, handler: H) -> Route[H]:
    path_checks = {p.name: SchemaCheck(registry, p.schema, root=p.name) for p in op.parameters if p.location == "path"}
    query = [p for p in op.parameters if p.location == "query"]
    query_schema = {
        "type": "object",
        "properties": {p.name: p.schema for p in query},
        "required": [p.name for p in query if p.required],
        "additionalProperties": False,
    }
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
            fill=build_defaults(spec, (content.get(JSON) or form or {}).get("schema", {})),
        )
    return Route(
        operation_id=op.operation_id,
        handler=handler,
        writes=op.method != "get",
        path_checks=path_checks,
        query=Query(
            SchemaCheck(registry, query_schema), build_coercer(spec, query_schema), build_defaults(spec, query_schema)
        ),
        body=body,
        idempotency_check=SchemaCheck(registry, idempotency.schema, root=idempotency.name) if idempotency else None,
    )


class Router(Generic[H]):
    """Matches request paths against the spec's path templates."""

    def __init__(self, spec: dict[str, Any], handlers: Mapping[str, H]) -> None:
        registry = SchemaCheck.registry(spec)
        self._templates: dict[tuple[int, str], list[PathTemplate[H]]] = {}
        self.by_operation: dict[str, Route[H]] = {}
        by_path: dict[str, PathTemplate[H]] = {}
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
            template.routes[op.method] = self.by_operation[op.operation_id] = _route(spec, registry, op, handler)
        if missing:
            raise LookupError(f"no sandbox handler for the spec's operations {missing}")

    def match(self, path: str) -> tuple[PathTemplate[H], list[str]] | None:
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
