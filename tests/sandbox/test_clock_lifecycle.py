"""The billing lifecycle, one scenario per path: renewals, auto collection, declines and retries, cycles."""

from __future__ import annotations

from typing import Any

from invoiced_sandbox._billing import RETRY_DELAYS
from invoiced_spec import load_spec, resolve
from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, ok
from tests.sandbox.clock_dates import DAY, FEB_1, MAR_1, T0


def _subscribe(client: SpecCheckedClient, customer: int, **fields: Any) -> dict[str, Any]:
    return created(client.post("/subscriptions", json={"customer": customer, "plan": "pro", **fields}))


def _invoices(client: SpecCheckedClient, subscription: int | None = None) -> list[dict[str, Any]]:
    invoices: list[dict[str, Any]] = ok(client.get("/invoices", params={"sort": "id asc"}))
    return [i for i in invoices if subscription is None or i["subscription"] == subscription]


def _charges(client: SpecCheckedClient, invoice: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = ok(client.get("/transactions", params={"filter[invoice]": invoice}))
    return found


def test_renewal_is_invoiced_from_the_catalog_and_paid_by_card(
    client: SpecCheckedClient, controls: SandboxControls
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    sub = _subscribe(
        client, customer["id"], quantity=2, addons=[{"catalog_item": "ipad-license", "quantity": 3}],
        discounts=[{"amount": 10}], taxes=[{"amount": 4.5}],
    )  # fmt: skip
    assert (sub["created_at"], sub["renewed_last"], sub["renews_next"]) == (T0, T0, FEB_1)

    first = controls.advance(days=1)
    assert (first["invoices"], first["charges"], first["failures"]) == (1, 1, 0)
    [invoice] = _invoices(client, sub["id"])
    # pro is 99 a month: 2 x 99 + 3 x 15 - 10 + 4.5
    assert invoice["total"] == 237.5 and invoice["balance"] == 0 and invoice["status"] == "paid"
    assert invoice["date"] == T0 and invoice["created_at"] == T0
    lines = invoice["items"]
    assert [(line["type"], line["quantity"], line["unit_cost"]) for line in lines] == [
        ("plan", 2, 99),
        ("product", 3, 15),
    ]
    assert lines[0]["plan"] == "pro" and lines[1]["catalog_item"] == "ipad-license"
    [charge] = _charges(client, invoice["id"])
    assert (charge["type"], charge["status"], charge["amount"], charge["date"]) == ("charge", "succeeded", 237.5, T0)

    second = controls.advance(to=FEB_1)
    assert (second["invoices"], second["charges"]) == (1, 1)
    renewed = ok(client.get(f"/subscriptions/{sub['id']}"))
    assert renewed["renewed_last"] == FEB_1 and renewed["renews_next"] == MAR_1 and renewed["status"] == "active"
    assert [i["date"] for i in _invoices(client, sub["id"])] == [T0, FEB_1]
    assert controls.clock() == {"now": FEB_1, "frozen": True}


def test_decline_then_retry_then_success(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_chargeDeclinedInsufficientFunds")
    sub = _subscribe(client, customer["id"])

    result = controls.advance(seconds=60)
    assert (result["invoices"], result["charges"], result["failures"]) == (1, 1, 1)
    [invoice] = _invoices(client, sub["id"])
    assert invoice["status"] == "past_due" and invoice["balance"] == 99
    assert invoice["next_payment_attempt"] == T0 + RETRY_DELAYS[0] and invoice["attempt_count"] == 1
    [failed] = _charges(client, invoice["id"])
    assert failed["status"] == "failed" and failed["failure_reason"] == "Your card has insufficient funds."
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "past_due"

    # The customer puts a working card on file; the scheduled retry succeeds.
    ok(client.patch(f"/customers/{customer['id']}", json={"stripe_token": "tok_visa"}))
    retried = controls.advance(to=T0 + RETRY_DELAYS[0])
    assert (retried["charges"], retried["failures"]) == (1, 0)
    assert retried["status_changes"] >= 2  # the invoice is paid, the subscription active again
    paid = ok(client.get(f"/invoices/{invoice['id']}"))
    assert paid["status"] == "paid" and paid["next_payment_attempt"] is None and paid["attempt_count"] == 2
    assert [t["status"] for t in _charges(client, invoice["id"])] == ["failed", "succeeded"]
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "active"


def test_decline_through_every_retry(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_chargeDeclined")
    sub = _subscribe(client, customer["id"])
    controls.advance(seconds=1)
    [invoice] = _invoices(client, sub["id"])
    expected = T0
    for delay in RETRY_DELAYS:
        expected += delay
        assert ok(client.get(f"/invoices/{invoice['id']}"))["next_payment_attempt"] == expected
        result = controls.advance(to=expected)
        assert (result["charges"], result["failures"]) == (1, 1)
    final = ok(client.get(f"/invoices/{invoice['id']}"))
    assert final["status"] == "past_due" and final["next_payment_attempt"] is None
    assert final["attempt_count"] == 1 + len(RETRY_DELAYS)
    charges = _charges(client, invoice["id"])
    assert [c["date"] for c in charges] == [T0 + sum(RETRY_DELAYS[:n]) for n in range(len(RETRY_DELAYS) + 1)]
    assert {c["failure_reason"] for c in charges} == {"Your card was declined."}
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "past_due"
    # Nothing more is attempted, however far the clock goes (the next renewal aside).
    later = controls.advance(to=FEB_1 - 1)
    assert (later["charges"], later["events"]) == (0, 0)


def test_card_that_succeeds_once_then_declines(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_chargeSucceedsOnce")
    sub = _subscribe(client, customer["id"])
    result = controls.advance(to=FEB_1)
    assert (result["invoices"], result["charges"], result["failures"]) == (2, 2, 1)
    assert [i["status"] for i in _invoices(client, sub["id"])] == ["paid", "not_sent"]
    assert controls.advance(seconds=1)["status_changes"] == 2  # the invoice and the subscription fall past due


def test_cycles_run_out_and_the_subscription_finishes(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    sub = _subscribe(client, customer["id"], cycles=2)
    result = controls.advance(months=6)
    assert result["invoices"] == 2 and result["charges"] == 2
    assert [i["date"] for i in _invoices(client, sub["id"])] == [T0, FEB_1]
    finished = ok(client.get(f"/subscriptions/{sub['id']}"))
    assert finished["status"] == "finished" and finished["renews_next"] is None and finished["renewed_last"] == FEB_1
    assert controls.advance(months=12)["invoices"] == 0


def test_a_future_start_date_stays_not_started_until_then(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    sub = _subscribe(client, customer["id"], start_date=FEB_1)
    assert controls.advance(to=FEB_1 - 1)["invoices"] == 0
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "not_started"
    result = controls.advance(to=FEB_1)
    assert result["invoices"] == 1 and result["status_changes"] >= 1
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "active"


def test_manual_collection_falls_past_due_at_its_due_date(client: SpecCheckedClient, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, payment_terms="NET 14")
    sub = _subscribe(client, customer["id"])
    result = controls.advance(days=14)
    assert (result["invoices"], result["charges"]) == (1, 0)
    [invoice] = _invoices(client, sub["id"])
    assert invoice["due_date"] == T0 + 14 * DAY and invoice["status"] == "not_sent"
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "active"
    assert controls.advance(seconds=1)["status_changes"] == 2
    assert ok(client.get(f"/invoices/{invoice['id']}"))["status"] == "past_due"
    assert ok(client.get(f"/subscriptions/{sub['id']}"))["status"] == "past_due"
    assert ok(client.get(f"/customers/{customer['id']}/balance"))["past_due"] is True


def test_an_auto_invoice_made_through_the_api_is_charged_at_the_next_advance(
    client: SpecCheckedClient, controls: SandboxControls
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    invoice = created(
        client.post("/invoices", json={"customer": customer["id"], "items": [{"name": "Setup", "unit_cost": 30}]})
    )
    assert invoice["status"] == "not_sent"
    result = controls.advance(seconds=5)
    assert (result["charges"], result["failures"]) == (1, 0)
    assert ok(client.get(f"/invoices/{invoice['id']}"))["status"] == "paid"
    assert controls.advance(days=40)["charges"] == 0


def test_paying_with_a_declining_card_is_refused_and_records_nothing(
    client: SpecCheckedClient, controls: SandboxControls
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_chargeDeclined")
    invoice = created(
        client.post("/invoices", json={"customer": customer["id"], "items": [{"name": "Setup", "unit_cost": 30}]})
    )
    refused = client.post(f"/invoices/{invoice['id']}/pay")
    assert refused.status_code == 400 and "declined" in refused.json()["message"]
    assert _charges(client, invoice["id"]) == []


def test_every_status_of_the_spec_is_reachable(client: SpecCheckedClient, controls: SandboxControls) -> None:
    """Invoice, subscription and transaction statuses, each reached through the API and the clock."""
    spec = load_spec()
    seen: dict[str, set[str]] = {"Invoice": set(), "Subscription": set(), "Transaction": set()}
    controls.set_clock(T0)

    def invoice(**fields: Any) -> dict[str, Any]:
        body = {"customer": manual["id"], "items": [{"name": "Work", "unit_cost": 100}], **fields}
        return created(client.post("/invoices", json=body))

    manual = make_customer(client, payment_terms="NET 7")
    seen["Invoice"].add(invoice(draft=True)["status"])
    seen["Invoice"].add(invoice()["status"])
    sent = invoice(sent=True)
    seen["Invoice"].add(sent["status"])
    seen["Invoice"].add(controls.view_invoice(sent["id"]))
    pending = invoice()
    tx = created(client.post("/transactions", json={"invoice": pending["id"], "type": "payment", "status": "pending"}))
    seen["Transaction"].add(tx["status"])
    seen["Invoice"].add(ok(client.get(f"/invoices/{pending['id']}"))["status"])
    paid = invoice()
    payment = created(client.post("/transactions", json={"invoice": paid["id"], "type": "payment"}))
    seen["Transaction"].add(payment["status"])
    seen["Invoice"].add(ok(client.get(f"/invoices/{paid['id']}"))["status"])
    over = invoice()
    client.post("/transactions", json={"invoice": over["id"], "type": "payment", "amount": 150})
    seen["Invoice"].add(ok(client.get(f"/invoices/{over['id']}"))["status"])

    declining = make_customer(client, collection_mode="auto", stripe_token="tok_chargeDeclined")
    sub = _subscribe(client, declining["id"], start_date=T0 + DAY, cycles=1)
    seen["Subscription"].add(sub["status"])
    controls.advance(to=T0 + DAY)
    seen["Subscription"].add(ok(client.get(f"/subscriptions/{sub['id']}"))["status"])
    controls.advance(seconds=1)
    seen["Subscription"].add(ok(client.get(f"/subscriptions/{sub['id']}"))["status"])
    [renewal] = _invoices(client, sub["id"])
    seen["Invoice"].add(ok(client.get(f"/invoices/{renewal['id']}"))["status"])
    seen["Transaction"].update(t["status"] for t in _charges(client, renewal["id"]))
    client.post("/transactions", json={"invoice": renewal["id"], "type": "payment"})
    controls.advance(to=FEB_1 + DAY)
    seen["Subscription"].add(ok(client.get(f"/subscriptions/{sub['id']}"))["status"])

    for name, statuses in seen.items():
        declared = resolve(spec, spec["components"]["schemas"][name]["properties"]["status"])["enum"]
        assert statuses == set(declared), name


def test_the_clock_can_reach_the_last_timestamp(client: SpecCheckedClient, controls: SandboxControls) -> None:
    """Periods past the Timestamp maximum never begin: advancing to it bills what fits and ends."""
    latest = load_spec()["components"]["schemas"]["Timestamp"]["maximum"]
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    yearly = _subscribe(client, customer["id"], plan="enterprise", start_date=latest - 400 * DAY)
    result = controls.advance(to=latest)
    assert result["now"] == latest and result["invoices"] == 2  # its first year, and the one begun in 9999
    assert ok(client.get(f"/subscriptions/{yearly['id']}"))["status"] == "active"
