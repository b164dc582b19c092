"""Every Customers operation, walked as a scenario against the running sandbox."""

from __future__ import annotations

import pytest

from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok


def test_customer_lifecycle(client: SpecCheckedClient, sandbox: RunningSandbox) -> None:
    customer = make_customer(
        client, email="billing@acmecorp.com", collection_mode="manual", payment_terms="NET 30", type="company"
    )
    assert customer["number"] == "CUST-0001"
    assert customer["country"] == "US"
    assert customer["payment_source"] is None
    assert customer["statement_pdf_url"].startswith("https://")
    customer_id = customer["id"]

    assert ok(client.get(f"/customers/{customer_id}")) == customer

    updated = ok(client.patch(f"/customers/{customer_id}", json={"payment_terms": "NET 14", "city": "Hill Valley"}))
    assert (updated["payment_terms"], updated["city"], updated["name"]) == ("NET 14", "Hill Valley", "Acme")
    cleared = ok(client.patch(f"/customers/{customer_id}", json={"city": None}))
    assert cleared["city"] is None

    listed = ok(client.get("/customers"))
    assert [c["id"] for c in listed] == [customer_id]

    assert ok(client.get(f"/customers/{customer_id}/subscriptions")) == []
    balance = ok(client.get(f"/customers/{customer_id}/balance"))
    assert balance == {"available_credits": 0, "past_due": False, "total_outstanding": 0}

    emails = ok(client.post(f"/customers/{customer_id}/emails"))
    assert [(e["email"], e["template"]) for e in emails] == [("billing@acmecorp.com", "statement_email")]

    assert client.delete(f"/customers/{customer_id}").status_code == 204
    assert client.get(f"/customers/{customer_id}").status_code == 404
    assert client.delete(f"/customers/{customer_id}").status_code == 404


def test_auto_numbers_are_sequential_and_never_repeat_but_chosen_ones_may(client: SpecCheckedClient) -> None:
    first, second = make_customer(client), make_customer(client)
    assert (first["number"], second["number"]) == ("CUST-0001", "CUST-0002")
    chosen = make_customer(client, number="CUST-0003")
    assert chosen["number"] == "CUST-0003"
    # The sequence skips a number that was chosen by hand.
    assert make_customer(client)["number"] == "CUST-0004"
    # A number the client chooses is not checked for uniqueness, on create or update.
    again = make_customer(client, number="CUST-0001")
    assert again["number"] == "CUST-0001" and again["id"] != first["id"]
    updated = ok(client.patch(f"/customers/{second['id']}", json={"number": "CUST-0001"}))
    assert updated["number"] == "CUST-0001"
    assert make_customer(client, number="CUST-0006")["number"] == "CUST-0006"
    assert make_customer(client)["number"] == "CUST-0005"
    assert make_customer(client)["number"] == "CUST-0007"


@pytest.mark.parametrize(
    ("token", "brand", "last4", "funding"),
    [
        ("tok_visa", "Visa", "4242", "credit"),
        ("tok_mastercard", "MasterCard", "4444", "credit"),
        ("tok_amex", "American Express", "8431", "credit"),
        ("tok_discover", "Discover", "1117", "credit"),
        ("tok_visa_debit", "Visa", "5556", "debit"),
        ("tok_anything_else", "Visa", "4242", "credit"),
    ],
)
def test_stripe_test_tokens_attach_cards(
    client: SpecCheckedClient, token: str, brand: str, last4: str, funding: str
) -> None:
    customer = make_customer(client, stripe_token=token)
    card = customer["payment_source"]
    assert (card["object"], card["brand"], card["last4"], card["funding"]) == ("card", brand, last4, funding)


def test_stripe_token_on_update_replaces_the_card(client: SpecCheckedClient) -> None:
    customer = make_customer(client, stripe_token="tok_visa")
    updated = ok(client.patch(f"/customers/{customer['id']}", json={"stripe_token": "tok_amex"}))
    assert updated["payment_source"]["brand"] == "American Express"
    assert updated["payment_source"]["id"] != customer["payment_source"]["id"]


def test_statement_without_any_address_names_to(client: SpecCheckedClient) -> None:
    customer = make_customer(client)
    answer = client.post(f"/customers/{customer['id']}/emails")
    assert (answer.status_code, answer.json()["param"]) == (400, "to")
    emails = ok(
        client.post(
            f"/customers/{customer['id']}/emails",
            json={"to": [{"name": "A", "email": "a@example.com"}, {"email": "b@example.com"}], "subject": "Hi"},
        )
    )
    assert [(e["email"], e["subject"], e["state"]) for e in emails] == [
        ("a@example.com", "Hi", "queued"),
        ("b@example.com", "Hi", "queued"),
    ]


def test_balance_counts_outstanding_invoices_and_credits(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    make_invoice(client, customer)  # 45 outstanding
    make_invoice(client, customer, draft=True)  # drafts are not outstanding
    make_invoice(client, customer, closed=True)  # neither are closed invoices
    make_invoice(client, customer, date=1_000_000, payment_terms="NET 1")  # 45, long past due
    created(client.post("/transactions", json={"customer": customer, "type": "adjustment", "amount": -20}))
    balance = ok(client.get(f"/customers/{customer}/balance"))
    assert balance == {"available_credits": 20, "past_due": True, "total_outstanding": 90}


def test_delete_cascades_to_invoices_transactions_and_subscriptions(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 5}))["id"]
    subscription = created(client.post("/subscriptions", json={"customer": customer, "plan": "starter"}))["id"]
    assert client.delete(f"/customers/{customer}").status_code == 204
    assert client.get(f"/invoices/{invoice}").status_code == 404
    assert client.get(f"/transactions/{payment}").status_code == 404
    assert client.get(f"/subscriptions/{subscription}").status_code == 404
    assert client.get(f"/customers/{customer}/balance").status_code == 404
