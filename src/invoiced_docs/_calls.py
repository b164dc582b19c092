"""What a code sample does, worked out once per operation and shared by every language.

The official libraries wrap the API in the same few shapes: a class per resource with
`create`, `list` and `retrieve`; `save` and `delete` on an instance; and one instance method
per sub-resource action (`invoice.pay`, `customer.send_statement`). `Call` names that shape
and carries the example values from the spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from invoiced_spec import Operation, Parameter, resolve

from ._resources import Resource, success_response
from ._schema import ref_name
from ._words import plural, snake

__all__ = ["Call", "call_for", "snake"]

# Query parameters a sample passes even though they are optional: the page
# size shows how paging is driven without filtering anything away.
_SAMPLE_QUERY = ("per_page",)

# Where invoiced-ruby and invoiced-php name a method differently from the
# operationId's words: a receipt is sent with `transaction.send`.
_LIBRARY_METHODS = {"sendTransactionReceipt": "send"}


@dataclass(frozen=True)
class Call:
    operation: Operation
    resource: Resource
    kind: str  # create | list | retrieve | update | delete | action
    method: str  # the libraries' method name, snake_case
    result: str | None  # variable holding the answer; None when the object changes in place
    paged: bool  # the answer is one page of a list
    path_values: dict[str, Any]
    query: dict[str, Any]
    body: dict[str, Any] | None
    body_schema: Any
    status: str

    @property
    def instance(self) -> str:
        return self.resource.variable

    @property
    def instance_id(self) -> Any:
        """The example ID of the object the call acts on (the first path parameter)."""
        return next(iter(self.path_values.values()), None)


def example_of(spec: dict[str, Any], parameter: Parameter) -> Any:
    raw = parameter.raw
    if "example" in raw:
        return raw["example"]
    for example in raw.get("examples", {}).values():
        return resolve(spec, example).get("value")
    schema = resolve(spec, parameter.schema)
    if schema.get("examples"):
        return schema["examples"][0]
    raise ValueError(f"parameter {parameter.name} has no example")


def _body_example(spec: dict[str, Any], operation: Operation) -> tuple[dict[str, Any] | None, Any]:
    if operation.request_body is None:
        return None, None
    for media in operation.request_body.get("content", {}).values():
        schema = media.get("schema")
        if "example" in media:
            return media["example"], schema
        for example in media.get("examples", {}).values():
            return resolve(spec, example).get("value"), schema
    return None, None


def _kind(operation: Operation) -> str:
    segments = operation.path.strip("/").split("/")
    if len(segments) == 1:
        return {"post": "create", "get": "list"}[operation.method]
    if len(segments) == 2:
        return {"get": "retrieve", "patch": "update", "put": "update", "delete": "delete"}[operation.method]
    return "action"


def _action_method(operation: Operation, resource: Resource) -> str:
    if operation.operation_id in _LIBRARY_METHODS:
        return _LIBRARY_METHODS[operation.operation_id]
    words = re.findall(r"[A-Z]?[a-z0-9]+", operation.operation_id)
    verb, rest = words[0], words[1:]
    if resource.name in rest:
        rest.remove(resource.name)
    # Reading a sub-resource is an accessor in the libraries: `customer.balance`.
    parts = rest if verb in ("list", "retrieve") and rest else [verb, *rest]
    return "_".join(part.lower() for part in parts)


def _action_result(
    spec: dict[str, Any], operation: Operation, resource: Resource, method: str
) -> tuple[str | None, bool]:
    status, response = success_response(operation)
    schema_node = response.get("content", {}).get("application/json", {}).get("schema")
    if schema_node is None:
        return None, False
    if operation.is_list:
        return method, True
    schema = resolve(spec, schema_node)
    if schema.get("type") == "array":
        item = ref_name(schema.get("items"))
        return plural(snake(item)) if item else "results", False
    if status == "201":
        return method, False
    name = ref_name(schema_node)
    if name == resource.schema_name:
        return None, False
    return (snake(name) if name else "result"), False


def call_for(spec: dict[str, Any], operation: Operation, resource: Resource) -> Call:
    kind = _kind(operation)
    paged = False
    result: str | None
    if kind == "create":
        method, result = "create", resource.variable
    elif kind == "list":
        method, result, paged = "list", plural(resource.variable), True
    elif kind == "retrieve":
        method, result = "retrieve", resource.variable
    elif kind == "update":
        method, result = "save", None
    elif kind == "delete":
        method, result = snake(re.findall(r"^[a-z]+", operation.operation_id)[0]), None
    else:
        method = _action_method(operation, resource)
        result, paged = _action_result(spec, operation, resource, method)
    body, body_schema = _body_example(spec, operation)
    status, _ = success_response(operation)
    return Call(
        operation=operation,
        resource=resource,
        kind=kind,
        method=method,
        result=result,
        paged=paged,
        path_values={p.name: example_of(spec, p) for p in operation.parameters if p.location == "path"},
        query={
            p.name: example_of(spec, p)
            for p in operation.parameters
            if p.location == "query" and (p.required or p.name in _SAMPLE_QUERY)
        },
        body=body,
        body_schema=body_schema,
        status=status,
    )
