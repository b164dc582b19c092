"""Every Transactions operation, balances kept in step with transactions, and refund limits."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok


def balance_of(client: SpecCheckedClient, invoice_id: int) -> Any:
    return ok(client.get(f"/invoices/{invoice_id}"))["balance"]


def test_transaction_lifecycle(client: SpecCheckedClient) -> None:
    customer = make_customer(client, email="billing@acmecorp.com")["id"]
    invoice = make_invoice(client, customer, items=[{"name": "Paper", "quantity": 20, "unit_cost": 50}])["id"]
    payment = created(
        client.post(
            "/transactions",
            json={"invoice": invoice, "type": "payment", "method": "check", "gateway_id": "1450", "amount": 800},
        )
    )
    assert (payment["customer"], payment["currency"], payment["status"]) == (customer, "usd", "succeeded")
    assert balance_of(client, invoice) == 200

    assert ok(client.get(f"/transactions/{payment['id']}")) == payment
    updated = ok(client.patch(f"/transactions/{payment['id']}", json={"notes": "Check was received by Jan"}))
    assert updated["notes"] == "Check was received by Jan"
    assert [t["id"] for t in ok(client.get("/transactions"))] == [payment["id"]]

    emails = ok(client.post(f"/transactions/{payment['id']}/emails"))
    assert [(e["email"], e["template"]) for e in emails] == [("billing@acmecorp.com", "payment_receipt_email")]
    assert ok(client.get(f"/transactions/{payment['id']}"))["sent"] is True

    refund = created(client.post(f"/transactions/{payment['id']}/refunds", json={"amount": 400}))
    assert (refund["type"], refund["parent_transaction"], refund["invoice"], refund["amount"]) == (
        "refund", payment["id"], invoice, 400,
    )  # fmt: skip
    assert balance_of(client, invoice) == 600

    assert client.delete(f"/transactions/{payment['id']}").status_code == 204
    # The refund goes with its original, and the invoice's balance is whole again.
    assert client.get(f"/transactions/{refund['id']}").status_code == 404
    assert balance_of(client, invoice) == 1000
    assert client.delete(f"/transactions/{payment['id']}").status_code == 404


def test_amount_defaults_to_the_balance_and_is_required_without_invoice(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment"}))
    assert payment["amount"] == 45
    assert ok(client.get(f"/invoices/{invoice}"))["paid"] is True
    answer = client.post("/transactions", json={"customer": customer, "type": "payment"})
    assert (answer.status_code, answer.json()["param"]) == (400, "amount")


def test_amount_and_status_changes_move_the_balance(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 10}))
    ok(client.patch(f"/transactions/{payment['id']}", json={"amount": 15.5}))
    assert balance_of(client, invoice) == 29.5
    ok(client.patch(f"/transactions/{payment['id']}", json={"status": "failed"}))
    assert balance_of(client, invoice) == 45


def test_adjustments_credit_the_customer_not_the_invoice(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    created(client.post("/transactions", json={"invoice": invoice, "type": "adjustment", "amount": -20}))
    assert balance_of(client, invoice) == 45
    assert ok(client.get(f"/customers/{customer}/balance"))["available_credits"] == 20


def test_closed_invoices_accept_no_transactions(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer, closed=True)["id"]
    answer = client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 1})
    assert (answer.status_code, answer.json()["param"]) == (400, "invoice")


def test_invoice_and_customer_must_agree(client: SpecCheckedClient) -> None:
    first, second = make_customer(client)["id"], make_customer(client)["id"]
    invoice = make_invoice(client, first)["id"]
    answer = client.post("/transactions", json={"invoice": invoice, "customer": second, "type": "payment"})
    assert (answer.status_code, answer.json()["param"]) == (400, "customer")


def test_refunds_never_exceed_the_original_in_total(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer, items=[{"name": "x", "unit_cost": 100}])["id"]
    charge = created(client.post("/transactions", json={"invoice": invoice, "type": "charge", "amount": 100}))
    url = f"/transactions/{charge['id']}/refunds"
    first = created(client.post(url, json={"amount": 60}))
    too_much = client.post(url, json={"amount": 40.01})
    assert (too_much.status_code, too_much.json()["param"]) == (400, "amount")
    second = created(client.post(url, json={"amount": 40}))
    assert client.post(url, json={"amount": 0.01}).status_code == 400
    assert balance_of(client, invoice) == 100

    # Raising a refund past what is left of the original is refused too...
    raised = client.patch(f"/transactions/{first['id']}", json={"amount": 60.01})
    assert (raised.status_code, raised.json()["param"]) == (400, "amount")
    # ...and so is lowering the original below what was refunded.
    lowered = client.patch(f"/transactions/{charge['id']}", json={"amount": 99})
    assert (lowered.status_code, lowered.json()["param"]) == (400, "amount")

    # A failed refund returned nothing, so its share can be refunded again.
    ok(client.patch(f"/transactions/{second['id']}", json={"status": "failed"}))
    created(client.post(url, json={"amount": 40}))
    assert client.post(url, json={"amount": 0.01}).status_code == 400


@pytest.mark.parametrize(
    ("fields", "why"),
    [({"type": "adjustment", "amount": -5}, "adjustment"), ({"type": "payment", "status": "failed"}, "failed")],
)
def test_only_succeeded_charges_and_payments_are_refunded(
    client: SpecCheckedClient, fields: dict[str, Any], why: str
) -> None:
    customer = make_customer(client)["id"]
    body = {"customer": customer, "amount": 10, **fields}
    original = created(client.post("/transactions", json=body))
    assert client.post(f"/transactions/{original['id']}/refunds", json={"amount": 1}).status_code == 400


def test_refunds_created_directly_have_no_original_and_raise_the_invoice_balance(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    loose = created(client.post("/transactions", json={"customer": customer, "type": "refund", "amount": 1}))
    assert (loose["type"], loose["parent_transaction"], loose["invoice"]) == ("refund", None, None)
    invoice = make_invoice(client, customer, items=[{"name": "Paper", "quantity": 1, "unit_cost": 100}])["id"]
    created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 100}))
    assert balance_of(client, invoice) == 0
    refund = created(client.post("/transactions", data={"invoice": invoice, "type": "refund", "amount": "30"}))
    assert (refund["parent_transaction"], refund["invoice"], refund["customer"]) == (None, invoice, customer)
    invoice_object = ok(client.get(f"/invoices/{invoice}"))
    assert (invoice_object["balance"], invoice_object["paid"]) == (30, False)
    ok(client.patch(f"/transactions/{refund['id']}", json={"amount": 50}))
    assert balance_of(client, invoice) == 50
    answer = client.post("/transactions", json={"customer": customer, "type": "refund", "amount": 0})
    assert (answer.status_code, answer.json()["param"]) == (400, "amount")
