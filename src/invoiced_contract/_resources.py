"""Promises about objects that a response schema cannot state.

From the spec: a `201` gives the new object's URL in `Location`, and the
object can be retrieved there; a create or update reflects the values sent;
a deleted object is gone (`404`); paying an invoice records a `charge`
against it and leaves nothing to pay; a refund is a `refund` transaction of
its original, on the same customer and invoice.
"""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from invoiced_spec import as_money

from ._forms import FORM_MEDIA_TYPE, received_as_form
from ._probe import Probe
from ._spec import body_schema, find_operation, get_operation, response_schema, schema_branches

__all__ = [
    "created_object_is_at_location",
    "deleted_object_is_gone",
    "paid_invoice_has_a_charge",
    "refund_belongs_to_its_original",
    "response_reflects_request",
]


def _json(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


@schemathesis.check
def created_object_is_at_location(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """`Location` is the absolute URL of the object in the body, and retrieving it returns that object."""
    if response.status_code != 201:
        return None
    created = _json(response)
    assert isinstance(created, dict) and "id" in created, "a 201 body is not an object with an `id`"
    locations = response.headers.get("location")
    assert locations, "a 201 has no Location header"
    location = locations[0]
    parts = urlsplit(location)
    assert parts.scheme in ("http", "https") and parts.netloc, f"Location {location!r} is not an absolute URL"
    assert parts.path.rstrip("/").rsplit("/", 1)[-1] == str(created["id"]), (
        f"Location {location!r} does not name the created object {created['id']}"
    )
    retrieved = Probe(case, response).get(location)
    assert retrieved.status_code == 200, f"GET {location} (the new object's Location) answered {retrieved.status_code}"
    body = retrieved.json()
    assert body == created, f"GET {location} returns another object than the 201 did:\n{body}\n!=\n{created}"
    return None


def _same(sent: Any, returned: Any) -> bool:
    if isinstance(sent, bool) or isinstance(returned, bool):
        return sent is returned
    if isinstance(sent, (int, float)) and isinstance(returned, (int, float)):
        return math.isclose(sent, returned, rel_tol=1e-12, abs_tol=1e-12)
    return bool(sent == returned)


def _scalar_property(schema: dict[str, Any] | None, name: str) -> bool:
    """Whether the response schema has `name` as a plain value (not an expandable object or a list)."""
    for branch in schema_branches(schema or {}):
        prop = branch.get("properties", {}).get(name)
        if prop is not None:
            kinds = {k for b in schema_branches(prop) for k in _types(b)}
            return bool(kinds) and kinds <= {"string", "integer", "number", "boolean", "null"}
    return False


def _types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else list(declared)


def _not_reflected(request: dict[str, Any], returned: dict[str, Any]) -> set[str]:
    """Fields the spec lets the server set differently from what was sent."""
    derived: set[str] = set()
    # Invoices: "invoices in `auto` collection have the terms `Auto-Charged` and no due date".
    if returned.get("collection_mode") == "auto" and "items" in returned:
        derived |= {"payment_terms", "due_date"}
    # Transactions: "with an invoice, the customer is the invoice's".
    if "invoice" in request and "type" in returned:
        derived.add("customer")
    return derived


@schemathesis.check
def response_reflects_request(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A successful create or update returns the object with the values the request set."""
    if response.status_code not in (200, 201) or case.method.upper() not in ("POST", "PATCH"):
        return None
    if not isinstance(case.body, dict):
        return None
    op = find_operation(case.method, case.path)
    if op is None or body_schema(op) is None:
        return None
    schema = response_schema(op, response.status_code)
    returned = _json(response)
    if not isinstance(returned, dict):
        return None
    sent_body: dict[str, Any] = case.body
    if (case.media_type or "").startswith(FORM_MEDIA_TYPE):
        # A form carries text, and no nulls: what counts is what the server received.
        received = received_as_form(case.method, case.path, case.body)
        if received is None:
            return None
        sent_body = received[0]
    skip = _not_reflected(sent_body, returned)
    for name, sent in sent_body.items():
        if name in skip or not _scalar_property(schema, name) or isinstance(sent, (dict, list)):
            continue
        assert name in returned, f"the response has no `{name}`, which the request set"
        expected = _as_money(sent) if _is_money(schema, name) else sent
        assert _same(expected, returned[name]), f"`{name}` was sent as {sent!r} but the response has {returned[name]!r}"
    return None


def _is_money(schema: dict[str, Any] | None, name: str) -> bool:
    """Whether the response gives `name` as Money, which the spec rounds to two decimal places."""
    for branch in schema_branches(schema or {}):
        prop = branch.get("properties", {}).get(name)
        if prop is not None:
            return bool(prop.get("$ref") == "#/components/schemas/Money")
    return False


def _as_money(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return as_money(value)


@schemathesis.check
def deleted_object_is_gone(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """After a `204` to DELETE, retrieving the object is a `404`."""
    if case.method.upper() != "DELETE" or response.status_code != 204:
        return None
    if find_operation("get", case.path) is None:
        return None
    probe = Probe(case, response)
    after = probe.get(response.request.url or "")
    assert after.status_code == 404, f"GET {case.formatted_path} after its DELETE answered {after.status_code}, not 404"
    return None


@schemathesis.check
def paid_invoice_has_a_charge(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A `200` from payInvoice: the invoice is paid, and a succeeded charge is recorded against it."""
    op = find_operation(case.method, case.path)
    if op is None or op.operation_id != "payInvoice" or response.status_code != 200:
        return None
    invoice = _json(response)
    assert isinstance(invoice, dict), "payInvoice did not return the invoice"
    paid = invoice.get("paid")
    assert paid is True, f"the invoice is not paid after a successful charge: paid={paid!r}"
    assert invoice.get("balance") == 0, f"the invoice still has a balance of {invoice.get('balance')!r} after paying"
    listed = Probe(case, response).get(
        get_operation("listTransactions").path, params={"filter[invoice]": str(invoice["id"]), "filter[type]": "charge"}
    )
    assert listed.status_code == 200, f"listing the invoice's charges answered {listed.status_code}"
    charges = [t for t in listed.json() if t.get("status") == "succeeded"]
    assert charges, f"no succeeded charge is recorded against invoice {invoice['id']} after paying it"
    return None


@schemathesis.check
def refund_belongs_to_its_original(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A `201` from refundTransaction: a `refund` of the path's transaction, on its customer and invoice."""
    op = find_operation(case.method, case.path)
    if op is None or op.operation_id != "refundTransaction" or response.status_code != 201:
        return None
    refund = _json(response)
    assert isinstance(refund, dict), "refundTransaction did not return the refund"
    original_id = (case.path_parameters or {}).get("transaction_id")
    assert refund.get("type") == "refund", f"the refund has type {refund.get('type')!r}"
    assert str(refund.get("parent_transaction")) == str(original_id), (
        f"the refund's parent_transaction is {refund.get('parent_transaction')!r}, not {original_id}"
    )
    retrieve = get_operation("retrieveTransaction").path.format(transaction_id=original_id)
    original = Probe(case, response).get(retrieve)
    assert original.status_code == 200, f"the refunded transaction {original_id} cannot be retrieved"
    parent = original.json()
    for name in ("customer", "invoice"):
        assert refund.get(name) == parent.get(name), (
            f"the refund's {name} is {refund.get(name)!r}, its original's is {parent.get(name)!r}"
        )
    return None
