"""The suite's map of resources comes from the spec, and a resource it cannot place fails loudly."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from invoiced_contract._model import ModelError, build_resources, reference_of_body_field, resources
from invoiced_spec import load_spec


def _spec() -> dict[str, Any]:
    return copy.deepcopy(load_spec())


def test_references_and_owners_come_from_the_spec() -> None:
    found = resources()
    assert dict(found["invoices"].references)["customer"] == "customers"
    # Never expanded, so only x-id-of says whose ID it is.
    assert ("parent_transaction", "transactions") in found["transactions"].owners
    # A subscription's invoices stay when it is cancelled: cancelSubscription has no x-cascades.
    assert ("subscription", "subscriptions") in found["invoices"].references
    assert ("subscription", "subscriptions") not in found["invoices"].owners
    assert reference_of_body_field("POST", "/invoices", "customer") == "customers"
    assert reference_of_body_field("POST", "/transactions", "invoice") == "invoices"
    assert reference_of_body_field("POST", "/subscriptions", "plan") is None


def test_a_new_resource_is_picked_up() -> None:
    spec = _spec()
    spec["paths"]["/credit_notes/{credit_note_id}"] = {
        "get": {
            "operationId": "retrieveCreditNote",
            "responses": {
                "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreditNote"}}}}
            },
        }
    }
    spec["components"]["schemas"]["CreditNote"] = {
        "type": "object",
        "properties": {
            "invoice": {"oneOf": [{"$ref": "#/components/schemas/Id"}, {"$ref": "#/components/schemas/Invoice"}]}
        },
    }
    found = build_resources(spec)
    assert found["credit_notes"].references == (("invoice", "invoices"),)
    assert found["credit_notes"].id_param == "credit_note_id"


def test_an_id_of_an_unknown_resource_fails_loudly() -> None:
    spec = _spec()
    spec["components"]["schemas"]["Invoice"]["properties"]["credit_note"] = {
        "x-id-of": "#/components/schemas/CreditNote"
    }
    with pytest.raises(ModelError, match=r"credit_note names #/components/schemas/CreditNote.*retrieve operation"):
        build_resources(spec)


def test_a_cascade_to_an_unknown_collection_fails_loudly() -> None:
    spec = _spec()
    spec["paths"]["/customers/{customer_id}"]["delete"]["x-cascades"].append("credit_notes")
    with pytest.raises(ModelError, match=r"deleteCustomer's x-cascades names unknown collections: \['credit_notes'\]"):
        build_resources(spec)
