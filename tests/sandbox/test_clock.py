"""Test clocks: real time until set, frozen after, only forward; bad input to every control changes nothing."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice, ok
from tests.sandbox.clock_dates import DAY, FEB_1, T0


def test_the_clock_follows_real_time_until_set(controls: SandboxControls, client: SpecCheckedClient) -> None:
    before = int(time.time())
    clock = controls.clock()
    assert clock["frozen"] is False and before <= clock["now"] <= int(time.time())
    assert before <= make_customer(client)["created_at"] <= int(time.time())


def test_a_set_clock_stays_frozen_and_stamps_everything_written(
    controls: SandboxControls, client: SpecCheckedClient
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, stripe_token="tok_visa")
    invoice = make_invoice(client, customer["id"], payment_terms="NET 30")
    payment = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 1}))
    subscription = created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "starter"}))
    assert customer["created_at"] == invoice["created_at"] == invoice["date"] == T0
    assert invoice["due_date"] == T0 + 30 * DAY
    assert payment["date"] == payment["created_at"] == T0
    assert subscription["start_date"] == subscription["created_at"] == T0
    assert controls.clock() == {"now": T0, "frozen": True}
    moved = controls.advance(days=2, seconds=5)
    assert (moved["previous"], moved["now"]) == (T0, T0 + 2 * DAY + 5)
    assert make_customer(client)["created_at"] == T0 + 2 * DAY + 5


def test_months_are_calendar_months(controls: SandboxControls) -> None:
    controls.set_clock(T0)
    assert controls.advance(months=1)["now"] == FEB_1


def test_each_business_has_its_own_clock(sandbox: RunningSandbox, controls: SandboxControls) -> None:
    controls.set_clock(T0)
    with SandboxControls(sandbox.base_url, sandbox.api_keys[1]) as other:
        assert other.clock()["frozen"] is False
        other.set_clock(FEB_1)
        assert other.clock()["now"] == FEB_1
    assert controls.clock()["now"] == T0


BAD_INPUT: list[tuple[str, str, dict[str, Any], str | None]] = [
    ("POST", "clock", {"now": T0 - 1}, "now"),
    ("POST", "clock/advance", {"to": T0 - 1}, "to"),
    ("POST", "clock/advance", {"days": -1}, "days"),
    ("POST", "clock/advance", {"seconds": -30}, "seconds"),
    ("POST", "clock/advance", {"months": -2}, "months"),
    ("POST", "clock/advance", {"to": T0 + 5, "days": 1}, "days"),
    ("POST", "clock/advance", {}, None),
    ("POST", "clock/advance", {"weeks": 1}, "weeks"),
    ("POST", "snapshots", {"name": "no spaces allowed"}, "name"),
    ("POST", "snapshots/missing/restore", {}, None),
    ("GET", "snapshots/missing", {}, None),
    ("DELETE", "snapshots/missing", {}, None),
    ("POST", "seed", {"customers": [{"email": "no-name@example.com"}]}, "customers[0][name]"),
    ("POST", "seed", {"customers": "acme"}, "customers"),
    ("POST", "seed", {"vendors": []}, "vendors"),
    ("POST", "seed", {"invoices": [{"customer": "nobody", "items": []}]}, "invoices[0][customer]"),
    (
        "POST",
        "seed",
        {"customers": [{"name": "A"}], "invoices": [{"customer": 1, "unknown": 1}]},
        "invoices[0][unknown]",
    ),
    ("POST", "faults", {"kind": "explode"}, "kind"),
    ("POST", "faults", {"kind": "delay", "count": 0}, "count"),
    ("POST", "invoices/999999/view", {}, None),
    ("GET", "requests", {"filter[status]": "abc"}, "filter[status]"),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "param"), BAD_INPUT, ids=[f"{m} {p} {b}" for m, p, b, _ in BAD_INPUT]
)
def test_bad_input_to_a_control_gets_the_error_object_and_changes_nothing(
    sandbox: RunningSandbox,
    controls: SandboxControls,
    client: SpecCheckedClient,
    method: str,
    path: str,
    body: dict[str, Any],
    param: str | None,
) -> None:
    controls.set_clock(T0)
    make_customer(client, stripe_token="tok_visa")
    before = database_digest(sandbox.db_path)
    if method == "GET":
        response = controls.request(method, path, params=body)
    elif method == "DELETE":
        response = controls.request(method, path)
    else:
        response = controls.request(method, path, json=body)
    assert response.status_code in (400, 404), response.text
    error = response.json()
    assert error["type"] == "invalid_request" and error["param"] == param, error
    assert database_digest(sandbox.db_path) == before
    assert controls.clock()["now"] == T0 and controls.faults() == []


def test_a_control_body_must_be_json(controls: SandboxControls) -> None:
    response = controls.request("POST", "clock/advance", content=b"days=1", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415
    assert (
        controls.request(
            "POST", "clock/advance", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )


def test_controls_need_a_valid_key(sandbox: RunningSandbox) -> None:
    with SandboxControls(sandbox.base_url, "not_a_key") as stranger:
        response = stranger.request("GET", "clock")
    assert response.status_code == 401 and response.json()["param"] is None


def test_emails_are_queued_then_sent_when_the_clock_moves(controls: SandboxControls, client: SpecCheckedClient) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, email="billing@acmecorp.com")
    invoice = make_invoice(client, customer["id"])
    [email] = ok(client.post(f"/invoices/{invoice['id']}/emails", json={}))
    assert email["state"] == "queued"
    [outbox] = controls.outbox()
    assert (outbox["id"], outbox["state"], outbox["object"], outbox["object_id"]) == (
        email["id"], "queued", "invoice", invoice["id"],
    )  # fmt: skip
    assert controls.advance(seconds=1)["emails_sent"] == 1
    assert [e["state"] for e in controls.outbox()] == ["sent"]
    assert controls.outbox(state="queued") == []
    assert controls.advance(days=1)["emails_sent"] == 0


def test_viewing_an_invoice_makes_it_viewed(controls: SandboxControls, client: SpecCheckedClient) -> None:
    customer = make_customer(client)
    invoice = make_invoice(client, customer["id"], sent=True)
    assert invoice["status"] == "sent"
    assert controls.view_invoice(invoice["id"]) == "viewed"
    assert ok(client.get(f"/invoices/{invoice['id']}"))["status"] == "viewed"
