"""Property: whatever the schedule, every advance leaves the ledger exact and runs each event once.

Hypothesis draws customers (cards that succeed, decline, or succeed once),
subscriptions (plans, quantities, addons, cycles, start dates), invoices and
payments made through the API between advances, and a list of advances; after
each advance every invoice must balance to the cent, and each subscription
must have exactly one renewal invoice per billing period begun so far.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoiced_sandbox._billing import RETRY_DELAYS
from invoiced_sandbox._catalog import load_catalog
from invoiced_sandbox._schedule import period_start
from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient, serve_sandbox
from tests.fixtures.scenario import created, ok
from tests.sandbox.clock_dates import DAY, T0

CATALOG = load_catalog()
TOKENS = [None, "tok_visa", "tok_chargeDeclined", "tok_chargeDeclinedInsufficientFunds", "tok_chargeSucceedsOnce"]

customers = st.lists(
    st.fixed_dictionaries(
        {"auto": st.booleans(), "token": st.sampled_from(TOKENS), "net": st.sampled_from([0, 7, 30])}
    ),
    min_size=1,
    max_size=4,
)
subscriptions = st.lists(
    st.fixed_dictionaries(
        {
            "customer": st.integers(0, 3),
            "plan": st.sampled_from(sorted(CATALOG.plans)),
            "quantity": st.integers(1, 3),
            "addons": st.lists(st.sampled_from(sorted(CATALOG.items)), max_size=2, unique=True),
            "cycles": st.one_of(st.none(), st.integers(1, 4)),
            "start_in_days": st.integers(0, 45),
            "discount": st.sampled_from([None, 0.33, 5]),
        }
    ),
    max_size=4,
)
steps = st.lists(
    st.tuples(
        st.fixed_dictionaries({"months": st.integers(0, 2), "days": st.integers(0, 20), "seconds": st.integers(0, 3)}),
        st.sampled_from(["nothing", "pay_one", "new_card"]),
    ),
    min_size=1,
    max_size=6,
)


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[RunningSandbox, SpecCheckedClient, SandboxControls]]:
    # Module-scoped: each example starts from a reset business of one server.
    with (
        TemporaryDirectory() as scratch,
        serve_sandbox(Path(scratch) / "property.db") as running,
        running.client() as client,
        SandboxControls(running.base_url, running.api_key) as controls,
    ):
        yield running, client, controls


def _cents(value: Any) -> int:
    return int(Decimal(str(value)) * 100)


def _all(client: SpecCheckedClient, kind: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        batch = ok(client.get(f"/{kind}", params={"per_page": 100, "page": page}))
        found += batch
        if len(batch) < 100:
            return found
        page += 1


def _check_ledger(client: SpecCheckedClient, now: int) -> None:
    transactions = _all(client, "transactions")
    for invoice in _all(client, "invoices"):
        own = [t for t in transactions if t["invoice"] == invoice["id"] and t["status"] == "succeeded"]
        paid_in = sum(_cents(t["amount"]) for t in own if t["type"] in ("charge", "payment"))
        refunded = sum(_cents(t["amount"]) for t in own if t["type"] == "refund")
        balance = _cents(invoice["total"]) - paid_in + refunded
        assert _cents(invoice["balance"]) == balance, invoice
        assert invoice["paid"] == (balance <= 0), invoice
        failed = [t for t in transactions if t["invoice"] == invoice["id"] and t["status"] == "failed"]
        assert all(t["failure_reason"] for t in failed)
        assert len(failed) <= 1 + len(RETRY_DELAYS)
        if invoice["next_payment_attempt"] is not None:
            assert not invoice["paid"] and len(failed) <= len(RETRY_DELAYS)
            assert now < invoice["next_payment_attempt"] <= now + max(RETRY_DELAYS)
        if invoice["status"] == "past_due":
            assert balance > 0


def _check_renewals(client: SpecCheckedClient, now: int) -> None:
    renewals = Counter(i["subscription"] for i in _all(client, "invoices") if i["subscription"] is not None)
    dates = Counter((i["subscription"], i["date"]) for i in _all(client, "invoices") if i["subscription"])
    assert all(count == 1 for count in dates.values()), dates
    for sub in _all(client, "subscriptions"):
        plan = CATALOG.plans[sub["plan"]]
        begun = 0
        while (sub["cycles"] is None or begun < sub["cycles"]) and period_start(sub["start_date"], plan, begun) <= now:
            begun += 1
        assert renewals[sub["id"]] == begun, (sub, renewals)


@given(people=customers, plans=subscriptions, schedule=steps)
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_every_advance_keeps_the_ledger_exact(
    world: tuple[RunningSandbox, SpecCheckedClient, SandboxControls],
    people: list[dict[str, Any]],
    plans: list[dict[str, Any]],
    schedule: list[tuple[dict[str, int], str]],
) -> None:
    _, client, controls = world
    controls.reset()
    controls.set_clock(T0)
    ids = []
    for person in people:
        body: dict[str, Any] = {"name": "Customer", "collection_mode": "auto" if person["auto"] else "manual"}
        body["payment_terms"] = f"NET {person['net']}"
        if person["token"]:
            body["stripe_token"] = person["token"]
        ids.append(created(client.post("/customers", json=body))["id"])
    for plan in plans:
        body = {
            "customer": ids[plan["customer"] % len(ids)],
            "plan": plan["plan"],
            "quantity": plan["quantity"],
            "addons": [{"catalog_item": item} for item in plan["addons"]],
            "start_date": T0 + plan["start_in_days"] * DAY,
        }
        if plan["cycles"] is not None:
            body["cycles"] = plan["cycles"]
        if plan["discount"] is not None:
            body["discounts"] = [{"amount": plan["discount"]}]
        created(client.post("/subscriptions", json=body))
    for duration, action in schedule:
        result = controls.advance(**duration)
        assert result["failures"] <= result["charges"]
        _check_ledger(client, result["now"])
        _check_renewals(client, result["now"])
        unpaid = [i for i in _all(client, "invoices") if not i["paid"]]
        if action == "pay_one" and unpaid:
            created(client.post("/transactions", json={"invoice": unpaid[0]["id"], "type": "payment"}))
        elif action == "new_card":
            ok(client.patch(f"/customers/{ids[0]}", json={"stripe_token": "tok_visa"}))
        _check_ledger(client, result["now"])
