"""Type labels and nesting decisions for attribute tables, on the real spec's schemas."""

from __future__ import annotations

from invoiced_docs._schema import nested_object, type_label
from invoiced_spec import load_spec, resolve

SPEC = load_spec()


def _property(schema: str, name: str) -> object:
    return resolve(SPEC, {"$ref": f"#/components/schemas/{schema}"})["properties"][name]


def test_type_labels() -> None:
    assert type_label(SPEC, _property("Customer", "id")) == "integer"
    assert type_label(SPEC, _property("Customer", "email")) == "string, nullable"
    assert type_label(SPEC, _property("Customer", "payment_source")) == "object, nullable"
    assert type_label(SPEC, _property("Invoice", "customer")) == "integer or object"
    assert type_label(SPEC, _property("Invoice", "items")) == "array of objects"
    assert type_label(SPEC, _property("Customer", "type")) == "string"


def test_nested_objects_are_expanded_but_resources_are_linked() -> None:
    pages = frozenset({"Customer", "Invoice", "Subscription", "Transaction"})
    card = nested_object(SPEC, _property("Customer", "payment_source"), pages)
    assert card is not None and card[1] == "Card"
    line = nested_object(SPEC, _property("Invoice", "items"), pages)
    assert line is not None and line[1] == "LineItem"
    assert nested_object(SPEC, _property("Invoice", "customer"), pages) is None
