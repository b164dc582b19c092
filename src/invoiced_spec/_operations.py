"""A flat, resolved view of the spec's operations."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._loader import resolve

__all__ = ["Operation", "Parameter", "operations"]

HTTP_METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    style: str | None
    explode: bool | None
    raw: dict[str, Any] = field(repr=False)


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    operation_id: str
    tag: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    request_body: dict[str, Any] | None
    responses: dict[str, dict[str, Any]]
    raw: dict[str, Any] = field(repr=False)

    @property
    def is_list(self) -> bool:
        """A list operation answers 200 with a JSON array."""
        ok = self.responses.get("200", {})
        schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
        return schema.get("type") == "array" and self.method == "get"

    def parameter(self, name: str, location: str = "query") -> Parameter | None:
        for parameter in self.parameters:
            if parameter.name == name and parameter.location == location:
                return parameter
        return None


def _parameter(spec: dict[str, Any], node: dict[str, Any]) -> Parameter:
    raw = resolve(spec, node)
    return Parameter(
        name=raw["name"],
        location=raw["in"],
        required=bool(raw.get("required", False)),
        schema=raw.get("schema", {}),
        style=raw.get("style"),
        explode=raw.get("explode"),
        raw=raw,
    )


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation in document order, with refs of parameters, bodies and responses resolved."""
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        shared = [_parameter(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            own = [_parameter(spec, p) for p in raw.get("parameters", [])]
            names = {(p.name, p.location) for p in own}
            merged = [p for p in shared if (p.name, p.location) not in names] + own
            body = raw.get("requestBody")
            found.append(
                Operation(
                    path=path,
                    method=method,
                    operation_id=raw.get("operationId", ""),
                    tag=(raw.get("tags") or [""])[0],
                    summary=raw.get("summary", ""),
                    description=raw.get("description", ""),
                    parameters=tuple(merged),
                    request_body=resolve(spec, body) if body is not None else None,
                    responses={code: resolve(spec, r) for code, r in raw.get("responses", {}).items()},
                    raw=raw,
                )
            )
    return found
