"""Valid requests the spec lets the server refuse are excused only when a follow-up confirms the state."""

from __future__ import annotations

from typing import Any

import pytest

from invoiced_contract import documented_rejection
from tests.contract.cases import make_case, refused, send_case
from tests.fixtures.sandbox import RunningSandbox

PaidInvoice = tuple[dict[str, Any], dict[str, Any]]


@pytest.fixture
def paid_invoice(sandbox: RunningSandbox) -> PaidInvoice:
    """A paid invoice of 10 (its customer has a card), with the charge that paid it."""
    with sandbox.client() as client:
        customer = client.post(
            "/customers", json={"name": "Card", "collection_mode": "auto", "stripe_token": "tok_visa"}
        )
        body = {"customer": customer.json()["id"], "items": [{"name": "Work", "unit_cost": 10}]}
        invoice = client.post("/invoices", json=body).json()
        client.post(f"/invoices/{invoice['id']}/pay")
        charge = client.get("/transactions", params={"filter[invoice]": invoice["id"]}).json()[0]
    return invoice, charge


def test_a_payment_defaulting_to_a_settled_balance_is_excused(
    sandbox: RunningSandbox, paid_invoice: PaidInvoice
) -> None:
    invoice, _ = paid_invoice
    case, response = send_case(sandbox, "POST", "/transactions", body={"invoice": invoice["id"], "type": "refund"})
    assert response.status_code == 400
    assert "balance" in (documented_rejection(case, response) or "")


def test_the_same_refusal_against_an_open_invoice_is_not_excused(sandbox: RunningSandbox) -> None:
    with sandbox.client() as client:
        customer = client.post("/customers", json={"name": "Open"}).json()
        body = {"customer": customer["id"], "items": [{"name": "Work", "unit_cost": 10}]}
        invoice = client.post("/invoices", json=body).json()
    case = make_case("POST", "/transactions", body={"invoice": invoice["id"], "type": "payment"})
    # The balance is 10, so nothing excuses refusing a payment of it.
    assert documented_rejection(case, refused(sandbox, case, "amount")) is None


def test_lowering_an_original_below_its_refunds_is_excused(sandbox: RunningSandbox, paid_invoice: PaidInvoice) -> None:
    _, charge = paid_invoice
    with sandbox.client() as client:
        client.post(f"/transactions/{charge['id']}/refunds", json={"amount": 6})
    case, response = send_case(
        sandbox,
        "PATCH",
        "/transactions/{transaction_id}",
        path_parameters={"transaction_id": charge["id"]},
        body={"amount": 5},
    )
    assert (response.status_code, response.json()["param"]) == (400, "amount")
    assert "already refunded" in (documented_rejection(case, response) or "")
    # Above what was refunded, a refusal is the server's fault, and stays a failure.
    case = make_case(
        "PATCH", "/transactions/{transaction_id}", path_parameters={"transaction_id": charge["id"]}, body={"amount": 7}
    )
    assert documented_rejection(case, refused(sandbox, case, "amount")) is None


def test_a_customer_other_than_the_invoices_is_excused(sandbox: RunningSandbox, paid_invoice: PaidInvoice) -> None:
    invoice, _ = paid_invoice
    with sandbox.client() as client:
        other = client.post("/customers", json={"name": "Someone else"}).json()["id"]
    body = {"invoice": invoice["id"], "customer": other, "type": "payment", "amount": 1}
    case, response = send_case(sandbox, "POST", "/transactions", body=body)
    assert (response.status_code, response.json()["param"]) == (400, "customer")
    assert "is not the invoice's" in (documented_rejection(case, response) or "")
    # Naming the invoice's own customer, a refusal is the server's fault.
    case = make_case("POST", "/transactions", body={**body, "customer": invoice["customer"]})
    assert documented_rejection(case, refused(sandbox, case, "customer")) is None


def test_a_charge_lowered_to_nothing_is_excused_but_an_adjustment_is_not(
    sandbox: RunningSandbox, paid_invoice: PaidInvoice
) -> None:
    _, charge = paid_invoice
    case, response = send_case(
        sandbox,
        "PATCH",
        "/transactions/{transaction_id}",
        path_parameters={"transaction_id": charge["id"]},
        body={"amount": -3},
    )
    assert (response.status_code, response.json()["param"]) == (400, "amount")
    assert "less than 0.01" in (documented_rejection(case, response) or "")
    with sandbox.client() as client:
        credit = client.post("/transactions", json={"customer": charge["customer"], "type": "adjustment", "amount": 5})
    credit_id = credit.json()["id"]
    case = make_case(
        "PATCH", "/transactions/{transaction_id}", path_parameters={"transaction_id": credit_id}, body={"amount": -3}
    )
    assert documented_rejection(case, refused(sandbox, case, "amount")) is None
