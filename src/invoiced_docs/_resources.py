"""The spec's tags as documented resources: their object schema, page and operations in document order."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from invoiced_spec import Operation, operations

from ._schema import ref_name
from ._words import singular, snake

__all__ = ["Resource", "resources", "success_response"]


@dataclass(frozen=True)
class Resource:
    tag: str
    description: str
    # The object's class name, as the libraries spell it: "Customer". It comes from the object's
    # schema, so a tag may be named as readers expect ("Recurring Plans") without renaming code.
    name: str
    schema_name: str | None  # the component that describes the object
    page: str  # Markdown path of the resource's page
    operations: tuple[Operation, ...]

    @property
    def variable(self) -> str:
        """The name a sample gives one object: `customer`, `line_item`."""
        return snake(self.name)

    @property
    def noun(self) -> str:
        """The object in running text: `customer`, `line item`."""
        return self.variable.replace("_", " ")


def success_response(operation: Operation) -> tuple[str, dict[str, Any]]:
    """The first 2xx response: its status code and (resolved) response object."""
    for code, response in operation.responses.items():
        if code.startswith("2"):
            return code, response
    raise ValueError(f"{operation.operation_id} documents no successful response")


def _object_schema_name(ops: list[Operation]) -> str | None:
    # The object of a resource is what retrieving one returns: GET on the item path.
    for operation in ops:
        if operation.method == "get" and operation.path.count("/") == 2 and operation.path.endswith("}"):
            _, response = success_response(operation)
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            return ref_name(schema)
    return None


def _document_order(spec: dict[str, Any], operation: Operation) -> tuple[int, int]:
    paths = list(spec["paths"])
    methods = list(spec["paths"][operation.path])
    return paths.index(operation.path), methods.index(operation.method)


def resources(spec: dict[str, Any]) -> list[Resource]:
    """One resource per tag, in the order the spec lists its tags."""
    ops = sorted(operations(spec), key=lambda op: _document_order(spec, op))
    found: list[Resource] = []
    for tag in spec.get("tags", []):
        name = tag["name"]
        tagged = [op for op in ops if op.tag == name]
        if not tagged:
            continue
        schema_name = _object_schema_name(tagged)
        found.append(
            Resource(
                tag=name,
                description=str(tag.get("description", "")).strip(),
                name=schema_name or "".join(word.capitalize() for word in singular(name).split()),
                schema_name=schema_name,
                page=f"{snake(name).replace('_', '-')}.md",
                operations=tuple(tagged),
            )
        )
    return found
