"""Every Invoices operation, the money arithmetic, status derivation and the pay rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok

DAY = 86400


def test_invoice_lifecycle(client: SpecCheckedClient) -> None:
    customer = make_customer(client, email="billing@acmecorp.com", payment_terms="NET 30")["id"]
    invoice = created(
        client.post(
            "/invoices",
            json={
                "customer": customer,
                "payment_terms": "NET 14",
                "date": 1416290400,
                "items": [
                    {"name": "Copy paper, Case", "quantity": 1, "unit_cost": 45},
                    {"catalog_item": "delivery", "quantity": 1},
                ],
                "taxes": [{"amount": 3.85}],
            },
        )
    )
    # The reference's example, with its total corrected as the spec notes.
    assert (invoice["subtotal"], invoice["total"], invoice["balance"]) == (55, 58.85, 58.85)
    assert invoice["due_date"] == 1416290400 + 14 * DAY
    assert invoice["number"] == "INV-0001"
    assert invoice["currency"] == "usd"
    assert invoice["status"] == "past_due"  # dated 2014, due two weeks later
    delivery = invoice["items"][1]
    assert (delivery["catalog_item"], delivery["name"], delivery["type"], delivery["unit_cost"]) == (
        "delivery", "Delivery", "service", 10,
    )  # fmt: skip
    invoice_id = invoice["id"]

    fetched = ok(client.get(f"/invoices/{invoice_id}"))
    assert fetched == invoice

    updated = ok(client.patch(f"/invoices/{invoice_id}", json={"sent": True, "name": "July Paper Delivery"}))
    assert (updated["sent"], updated["name"]) == (True, "July Paper Delivery")
    assert ok(client.get("/invoices"))[0]["id"] == invoice_id

    emails = ok(client.post(f"/invoices/{invoice_id}/emails"))
    assert [(e["email"], e["template"]) for e in emails] == [("billing@acmecorp.com", "new_invoice_email")]

    refused = client.post(f"/invoices/{invoice_id}/pay")
    assert refused.status_code == 400 and "auto" in refused.json()["message"]

    assert client.delete(f"/invoices/{invoice_id}").status_code == 204
    assert client.get(f"/invoices/{invoice_id}").status_code == 404
    assert client.delete(f"/invoices/{invoice_id}").status_code == 404


@pytest.mark.parametrize(
    ("items", "discounts", "taxes", "subtotal", "total"),
    [
        ([{"name": "a", "quantity": 2, "unit_cost": 19.99}], [], [], 39.98, 39.98),
        # quantity x unit cost is rounded half up to cents: 3 x 0.335 = 1.005 -> 1.01
        ([{"name": "a", "quantity": 3, "unit_cost": 0.335}], [], [], 1.01, 1.01),
        ([{"name": "a", "quantity": 0.5, "unit_cost": 0.01}], [], [], 0.01, 0.01),
        # line-level and invoice-level discounts and taxes all count
        (
            [
                {
                    "name": "a",
                    "quantity": 1,
                    "unit_cost": 100,
                    "discounts": [{"amount": 10}],
                    "taxes": [{"amount": 7.25}],
                }
            ],
            [{"amount": 5.5}],
            [{"amount": 1.1}],
            100,
            92.85,
        ),
        # 0.1 + 0.2 stays exact
        ([{"name": "a", "unit_cost": 0.1}, {"name": "b", "unit_cost": 0.2}], [], [], 0.3, 0.3),
        ([{"name": "refund line", "quantity": 1, "unit_cost": -20}, {"name": "b", "unit_cost": 50}], [], [], 30, 30),
        ([], [], [{"amount": 2}], 0, 2),
        ([{"catalog_item": "support-hours", "quantity": 2.5}], [{"amount": 0.005}], [], 187.5, 187.49),
    ],
)
def test_money_arithmetic(
    client: SpecCheckedClient,
    items: list[dict[str, Any]],
    discounts: list[dict[str, Any]],
    taxes: list[dict[str, Any]],
    subtotal: float,
    total: float,
) -> None:
    customer = make_customer(client)["id"]
    invoice = created(
        client.post("/invoices", json={"customer": customer, "items": items, "discounts": discounts, "taxes": taxes})
    )
    assert (invoice["subtotal"], invoice["total"], invoice["balance"]) == (subtotal, total, total)


def test_clients_never_send_totals(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    answer = client.post("/invoices", json={"customer": customer, "total": 1})
    assert (answer.status_code, answer.json()["param"]) == (400, "total")


def test_update_replaces_collections_and_recomputes(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer, taxes=[{"amount": 5}])
    paid = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 10}))
    assert paid["amount"] == 10
    updated = ok(
        client.patch(f"/invoices/{invoice['id']}", json={"items": [{"name": "x", "quantity": 4, "unit_cost": 25}]})
    )
    assert [i["name"] for i in updated["items"]] == ["x"]
    assert (updated["subtotal"], updated["total"], updated["balance"]) == (100, 105, 95)
    updated = ok(client.patch(f"/invoices/{invoice['id']}", json={"taxes": []}))
    assert (updated["total"], updated["balance"]) == (100, 90)


def test_chosen_invoice_numbers_may_repeat_and_auto_numbers_skip_them(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    assert make_invoice(client, customer)["number"] == "INV-0001"
    assert make_invoice(client, customer, number="INV-0002")["number"] == "INV-0002"
    duplicate = make_invoice(client, customer, number="INV-0002")
    assert duplicate["number"] == "INV-0002"
    renumbered = ok(client.patch(f"/invoices/{duplicate['id']}", json={"number": "INV-0001"}))
    assert renumbered["number"] == "INV-0001"
    assert make_invoice(client, customer)["number"] == "INV-0003"


def test_due_dates_follow_terms_and_collection_mode(client: SpecCheckedClient) -> None:
    manual = make_customer(client, payment_terms="NET 30")["id"]
    inherited = make_invoice(client, manual, date=1_700_000_000)
    assert (inherited["payment_terms"], inherited["due_date"]) == ("NET 30", 1_700_000_000 + 30 * DAY)
    explicit = make_invoice(client, manual, date=1_700_000_000, due_date=1_700_000_100)
    assert explicit["due_date"] == 1_700_000_100
    no_net = make_invoice(client, manual, payment_terms="Due on receipt")
    assert no_net["due_date"] is None
    moved = ok(client.patch(f"/invoices/{inherited['id']}", json={"payment_terms": "NET 7"}))
    assert moved["due_date"] == 1_700_000_000 + 7 * DAY

    auto = make_customer(client, collection_mode="auto")["id"]
    charged = make_invoice(client, auto, payment_terms="NET 30", due_date=1_700_000_000)
    assert (charged["collection_mode"], charged["payment_terms"], charged["due_date"]) == ("auto", "Auto-Charged", None)


def test_status_follows_flags_due_date_and_payments(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    future = 4_000_000_000

    def status_of(**fields: Any) -> dict[str, Any]:
        return make_invoice(client, customer, **fields)

    assert status_of(draft=True)["status"] == "draft"
    assert status_of(due_date=future)["status"] == "not_sent"
    assert status_of(due_date=future, sent=True)["status"] == "sent"
    assert status_of(due_date=1_000)["status"] == "past_due"
    invoice = status_of(due_date=future)
    pending = created(
        client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "status": "pending"})
    )
    assert ok(client.get(f"/invoices/{invoice['id']}"))["status"] == "pending"
    ok(client.patch(f"/transactions/{pending['id']}", json={"status": "succeeded"}))
    paid = ok(client.get(f"/invoices/{invoice['id']}"))
    assert (paid["status"], paid["paid"], paid["balance"]) == ("paid", True, 0)
    created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 5}))
    overpaid = ok(client.get(f"/invoices/{invoice['id']}"))
    assert (overpaid["status"], overpaid["balance"]) == ("overpaid", -5)


def test_pay_charges_the_payment_source(client: SpecCheckedClient) -> None:
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")["id"]
    invoice = make_invoice(client, customer, taxes=[{"amount": 3.85}])
    paid = ok(client.post(f"/invoices/{invoice['id']}/pay"))
    assert (paid["paid"], paid["status"], paid["balance"], paid["attempt_count"]) == (True, "paid", 0, 1)
    charges = ok(client.get("/transactions", params={"filter[invoice]": invoice["id"]}))
    assert [(t["type"], t["method"], t["status"], t["amount"]) for t in charges] == [
        ("charge", "credit_card", "succeeded", 48.85)
    ]
    again = client.post(f"/invoices/{invoice['id']}/pay")
    assert again.status_code == 400 and "paid" in again.json()["message"]


@pytest.mark.parametrize(
    ("customer_fields", "invoice_fields", "reason"),
    [
        ({"collection_mode": "manual", "stripe_token": "tok_visa"}, {}, "auto"),
        ({"collection_mode": "auto"}, {}, "payment source"),
        ({"collection_mode": "auto", "stripe_token": "tok_visa"}, {"draft": True}, "draft"),
        ({"collection_mode": "auto", "stripe_token": "tok_visa"}, {"closed": True}, "closed"),
        ({"collection_mode": "auto", "stripe_token": "tok_visa"}, {"items": []}, "paid"),
    ],
)
def test_pay_refusals_say_why(
    client: SpecCheckedClient,
    sandbox: RunningSandbox,
    customer_fields: dict[str, Any],
    invoice_fields: dict[str, Any],
    reason: str,
) -> None:
    customer = make_customer(client, **customer_fields)["id"]
    invoice = make_invoice(client, customer, **invoice_fields)
    answer = client.post(f"/invoices/{invoice['id']}/pay")
    assert answer.status_code == 400
    assert reason in answer.json()["message"]
    assert ok(client.get("/transactions")) == []


def test_drafts_cannot_be_sent_and_sending_marks_sent(client: SpecCheckedClient) -> None:
    customer = make_customer(client, email="a@example.com")["id"]
    draft = make_invoice(client, customer, draft=True)
    assert client.post(f"/invoices/{draft['id']}/emails").status_code == 400
    invoice = make_invoice(client, customer)
    ok(client.post(f"/invoices/{invoice['id']}/emails", data={"to[0][email]": "x@example.com"}))
    assert ok(client.get(f"/invoices/{invoice['id']}"))["sent"] is True


def test_unknown_catalog_item_and_customer_are_named(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    answer = client.post("/invoices", json={"customer": customer, "items": [{"name": "a"}, {"catalog_item": "nope"}]})
    assert (answer.status_code, answer.json()["param"]) == (400, "items[1][catalog_item]")
    answer = client.post("/invoices", json={"customer": customer + 1000})
    assert (answer.status_code, answer.json()["param"]) == (400, "customer")


def test_delete_removes_its_transactions(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)
    payment = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 1}))
    assert client.delete(f"/invoices/{invoice['id']}").status_code == 204
    assert client.get(f"/transactions/{payment['id']}").status_code == 404
