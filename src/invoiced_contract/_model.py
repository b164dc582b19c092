"""The spec's resources and how they refer to each other, derived from its paths and schemas.

A resource is a collection with a retrieve operation, `GET /{collection}/{id}`;
its object schema is that operation's 200 schema, and it is created by
`POST /{collection}`. An attribute refers to another resource when the spec
gives it as "the ID, or the object itself when expanded" (`oneOf` of `Id`
and that resource's schema), or, for an ID that never expands, with
`x-id-of` naming the schema. Nothing here lists a resource by name: a new
resource in the spec is picked up, and a reference to a schema that is not
a resource fails loudly. A DELETE lists in `x-cascades` the collections
whose objects naming the deleted one go with it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from invoiced_spec import Operation, operations, resolve

from ._spec import all_operations, body_schema, spec

__all__ = [
    "ModelError",
    "Resource",
    "reference_of_body_field",
    "resource_by_collection",
    "resource_of_path_param",
    "resources",
]

_ID_SCHEMA = "#/components/schemas/Id"


class ModelError(LookupError):
    """The spec names a resource the suite cannot find; the message says which and where."""


@dataclass(frozen=True)
class Resource:
    collection: str
    schema_ref: str
    id_param: str
    retrieve: Operation
    create: Operation | None
    delete: Operation | None
    # Attribute of the object -> collection of the resource it names.
    references: tuple[tuple[str, str], ...]
    # Those references whose DELETE takes this object along (the owner's `x-cascades` lists this collection).
    owners: tuple[tuple[str, str], ...]

    @property
    def item_path(self) -> str:
        return self.retrieve.path

    def path_of(self, object_id: Any) -> str:
        return self.retrieve.path.format(**{self.id_param: object_id})

    def reference(self, attribute: str) -> str | None:
        return dict(self.references).get(attribute)


def _retrieve_operations(ops: list[Operation]) -> list[Operation]:
    found = []
    for op in ops:
        parts = op.path.strip("/").split("/")
        if op.method == "get" and len(parts) == 2 and parts[1].startswith("{") and "200" in op.responses:
            found.append(op)
    return found


def _object_ref(op: Operation) -> str:
    schema = op.responses["200"].get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref")
    if not isinstance(ref, str):
        raise ModelError(f"{op.operation_id}'s 200 response is not a $ref to an object schema")
    return ref


def _referenced_schema(prop: dict[str, Any]) -> str | None:
    """The schema an attribute names by ID: `oneOf: [Id, Thing]`, or `x-id-of: Thing`."""
    declared = prop.get("x-id-of")
    if isinstance(declared, str):
        return declared
    refs = [branch.get("$ref") for branch in prop.get("oneOf", []) if isinstance(branch, dict)]
    if _ID_SCHEMA in refs:
        others = [ref for ref in refs if isinstance(ref, str) and ref != _ID_SCHEMA]
        if len(others) == 1:
            return others[0]
    return None


def build_resources(document: dict[str, Any]) -> dict[str, Resource]:
    """Every resource of `document` by collection name; ModelError names what a reference lacks."""
    ops = operations(document)
    retrieves = _retrieve_operations(ops)
    by_ref = {_object_ref(op): op.path.strip("/").split("/")[0] for op in retrieves}
    by_path = {(op.method, op.path): op for op in ops}
    references: dict[str, list[tuple[str, str]]] = {}
    for op in retrieves:
        ref = _object_ref(op)
        collection = op.path.strip("/").split("/")[0]
        references[collection] = []
        for attribute, prop in resolve(document, {"$ref": ref}).get("properties", {}).items():
            target = _referenced_schema(prop)
            if target is None:
                continue
            if target not in by_ref:
                raise ModelError(
                    f"{ref}/properties/{attribute} names {target} by ID, but no `GET /{{collection}}/{{id}}` "
                    f"returns {target}: add its retrieve operation to the spec"
                )
            references[collection].append((attribute, by_ref[target]))
    cascades: dict[str, list[str]] = {}
    for op in retrieves:
        collection = op.path.strip("/").split("/")[0]
        delete = by_path.get(("delete", op.path))
        listed = list(delete.raw.get("x-cascades", [])) if delete is not None else []
        unknown = [name for name in listed if name not in references]
        if unknown:
            raise ModelError(
                f"{delete.operation_id if delete else op.path}'s x-cascades names unknown collections: {unknown}"
            )
        cascades[collection] = listed
    found: dict[str, Resource] = {}
    for op in retrieves:
        collection, id_part = op.path.strip("/").split("/")
        found[collection] = Resource(
            collection=collection,
            schema_ref=_object_ref(op),
            id_param=id_part.strip("{}"),
            retrieve=op,
            create=by_path.get(("post", f"/{collection}")),
            delete=by_path.get(("delete", op.path)),
            references=tuple(references[collection]),
            owners=tuple((a, t) for a, t in references[collection] if collection in cascades[t]),
        )
    return found


@functools.cache
def resources() -> dict[str, Resource]:
    """Every resource of the spec by collection name (`customers`, `invoices`, ...)."""
    return build_resources(spec())


def resource_by_collection(collection: str) -> Resource:
    found = resources().get(collection)
    if found is None:
        raise ModelError(f"the spec has no resource `{collection}` (known: {sorted(resources())})")
    return found


@functools.cache
def _by_id_param() -> dict[str, Resource]:
    return {resource.id_param: resource for resource in resources().values()}


def resource_of_path_param(name: str) -> Resource | None:
    """The resource a path parameter such as `invoice_id` names."""
    return _by_id_param().get(name)


@functools.cache
def _body_references(method: str, path: str) -> dict[str, str]:
    """Body fields of an operation that hold another object's ID, by the same attribute of the object it makes."""
    op = next((o for o in all_operations() if (o.method, o.path) == (method, path)), None)
    schema = body_schema(op) if op is not None else None
    if op is None or schema is None:
        return {}
    collection = op.path.strip("/").split("/")[0]
    owner = resources().get(collection)
    if owner is None:
        return {}
    fields = set(schema.get("properties", {}))
    return {attribute: target for attribute, target in owner.references if attribute in fields}


def reference_of_body_field(method: str, path: str, field: str) -> str | None:
    """The collection a body field of `method path` names by ID (`customer` of createInvoice -> `customers`)."""
    return _body_references(method.lower(), path).get(field)
