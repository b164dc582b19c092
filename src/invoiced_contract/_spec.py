"""What the checks need to know about the spec, looked up through `invoiced_spec`."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from invoiced_spec import (
    Operation,
    least_transaction_amounts,
    load_spec,
    operations,
    resolve,
    schema_validator,
    with_cross_field_rules,
)

__all__ = [
    "all_operations",
    "body_schema",
    "error_validator",
    "find_operation",
    "get_operation",
    "least_amount_by_type",
    "response_schema",
    "schema_branches",
    "spec",
]


def spec() -> dict[str, Any]:
    # As schemathesis sees it: with the cross-field rules in the schemas (see _extensions).
    return with_cross_field_rules(load_spec())


@functools.cache
def all_operations() -> tuple[Operation, ...]:
    return tuple(operations(spec()))


@functools.cache
def _index() -> dict[tuple[str, str], Operation]:
    return {(op.method, op.path): op for op in all_operations()}


def find_operation(method: str, path: str) -> Operation | None:
    """The spec's operation for a method and a path template such as `/customers/{customer_id}`."""
    return _index().get((method.lower(), path))


def get_operation(operation_id: str) -> Operation:
    for op in _index().values():
        if op.operation_id == operation_id:
            return op
    raise KeyError(operation_id)


@functools.cache
def error_validator() -> Any:
    return schema_validator(spec(), {"$ref": "#/components/schemas/ErrorObject"})


def response_schema(op: Operation, status: int | str) -> dict[str, Any] | None:
    response = op.responses.get(str(status))
    if response is None:
        return None
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    return resolve(spec(), schema) if schema is not None else None


def body_schema(op: Operation) -> dict[str, Any] | None:
    """The request body's schema; every media type of a body shares one schema in this spec."""
    if op.request_body is None:
        return None
    for media in op.request_body.get("content", {}).values():
        if "schema" in media:
            return resolve(spec(), media["schema"])  # type: ignore[no-any-return]
    return None


def schema_branches(schema: Any) -> Iterator[dict[str, Any]]:
    """A schema and, recursively, its `oneOf`/`anyOf`/`allOf` branches, with refs followed."""
    schema = resolve(spec(), schema)
    if not isinstance(schema, dict):
        return
    yield schema
    for keyword in ("oneOf", "anyOf", "allOf"):
        for branch in schema.get(keyword, []):
            yield from schema_branches(branch)


@functools.cache
def least_amount_by_type() -> dict[str, float]:
    """Transaction types that move money, and the least `amount` each may have."""
    return {kind: float(least) for kind, least in least_transaction_amounts(spec()).items()}
