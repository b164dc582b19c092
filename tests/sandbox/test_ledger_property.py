"""Random sequences of payments, refunds and updates: the ledger's rules hold after every step (issue #14, 7).

Hypothesis drives a state machine against a running sandbox: each example
opens an invoice, then pays, refunds, re-states, fails, deletes and
re-prices in any order, with amounts that include sub-cent fractions and
currencies that do not match. After each step, whatever the sandbox
answered, the invoice and its transactions must still be a valid ledger.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from invoiced_spec import least_transaction_amounts, load_spec
from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok

LEAST = least_transaction_amounts(load_spec())
AMOUNTS = st.sampled_from(["0.004", "0.005", "0.01", "1", "2.5", "7.333", "10", "40", "100"]).map(Decimal)
STATUSES = st.sampled_from(["succeeded", "failed", "pending"])
CURRENCIES = st.sampled_from(["usd", "usd", "usd", "eur"])


def _money(value: Any) -> Decimal:
    return Decimal(str(value))


class Ledger(RuleBasedStateMachine):
    client: SpecCheckedClient  # set by the test before the machine runs

    @initialize(unit_cost=AMOUNTS)
    def open_invoice(self, unit_cost: Decimal) -> None:
        customer = make_customer(self.client)["id"]
        items = [{"name": "Work", "quantity": 3, "unit_cost": float(unit_cost)}]
        self.invoice = make_invoice(self.client, customer, items=items)["id"]
        self.transactions: list[int] = []

    def _pick(self, index: int) -> int | None:
        return self.transactions[index % len(self.transactions)] if self.transactions else None

    def _remember(self, answer: Any) -> None:
        assert answer.status_code in (201, 400), answer.text
        if answer.status_code == 201:
            self.transactions.append(answer.json()["id"])

    @rule(kind=st.sampled_from(["payment", "charge", "refund"]), amount=AMOUNTS, currency=CURRENCIES)
    def create(self, kind: str, amount: Decimal, currency: str) -> None:
        body = {"invoice": self.invoice, "type": kind, "amount": float(amount), "currency": currency}
        self._remember(self.client.post("/transactions", json=body))

    @rule(index=st.integers(0, 20), amount=AMOUNTS)
    def refund(self, index: int, amount: Decimal) -> None:
        original = self._pick(index)
        if original is not None:
            answer = self.client.post(f"/transactions/{original}/refunds", json={"amount": float(amount)})
            self._remember(answer)

    @rule(index=st.integers(0, 20), status=STATUSES)
    def restate(self, index: int, status: str) -> None:
        chosen = self._pick(index)
        if chosen is not None:
            assert self.client.patch(f"/transactions/{chosen}", json={"status": status}).status_code in (200, 400)

    @rule(index=st.integers(0, 20), amount=AMOUNTS, currency=CURRENCIES)
    def amend(self, index: int, amount: Decimal, currency: str) -> None:
        chosen = self._pick(index)
        if chosen is not None:
            body = {"amount": float(amount), "currency": currency}
            assert self.client.patch(f"/transactions/{chosen}", json=body).status_code in (200, 400)

    @rule(index=st.integers(0, 20))
    def delete(self, index: int) -> None:
        chosen = self._pick(index)
        if chosen is not None:
            status = self.client.delete(f"/transactions/{chosen}").status_code
            assert status in (204, 400)
            if status == 204:
                # Its refunds went with it.
                listed = ok(self.client.get("/transactions", params={"filter[invoice]": self.invoice}))
                self.transactions = [t["id"] for t in listed]

    @rule(unit_cost=AMOUNTS, currency=CURRENCIES)
    def reprice(self, unit_cost: Decimal, currency: str) -> None:
        body = {"items": [{"name": "Work", "unit_cost": float(unit_cost)}], "currency": currency}
        assert self.client.patch(f"/invoices/{self.invoice}", json=body).status_code in (200, 400)

    @invariant()
    def the_ledger_holds(self) -> None:
        invoice = ok(self.client.get(f"/invoices/{self.invoice}"))
        listed = ok(self.client.get("/transactions", params={"filter[invoice]": self.invoice, "per_page": 100}))
        total, balance = _money(invoice["total"]), _money(invoice["balance"])
        paid = sum(
            (_money(t["amount"]) for t in listed if t["type"] != "refund" and t["status"] == "succeeded"), Decimal(0)
        )
        refunded = sum(
            (_money(t["amount"]) for t in listed if t["type"] == "refund" and t["status"] == "succeeded"), Decimal(0)
        )
        assert balance == total - paid + refunded
        assert balance <= total, "refunds gave back more than was paid"
        for transaction in listed:
            assert transaction["currency"] == invoice["currency"]
            least = LEAST.get(transaction["type"])
            if least is not None:
                assert _money(transaction["amount"]) >= least
            if transaction["type"] != "refund":
                refunds = [
                    t for t in listed if t["parent_transaction"] == transaction["id"] and t["status"] != "failed"
                ]
                assert sum((_money(r["amount"]) for r in refunds), Decimal(0)) <= _money(transaction["amount"])
                if refunds:
                    assert transaction["status"] == "succeeded"


def test_random_sequences_of_payments_refunds_and_updates_keep_the_ledger(client: SpecCheckedClient) -> None:
    Ledger.client = client
    run_state_machine_as_test(
        Ledger,
        settings=settings(
            max_examples=15,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
            database=None,
        ),
    )


def test_a_refund_keeps_what_it_refunds(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer)["id"]
    payment = created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 10}))
    refund = created(client.post(f"/transactions/{payment['id']}/refunds", json={"amount": 4}))
    failed = client.patch(f"/transactions/{payment['id']}", json={"status": "failed"})
    assert (failed.status_code, failed.json()["param"]) == (400, "status")
    assert ok(client.get(f"/invoices/{invoice}"))["balance"] == 45 - 10 + 4
    assert ok(client.patch(f"/transactions/{refund['id']}", json={"status": "failed"}))["status"] == "failed"
    assert ok(client.patch(f"/transactions/{payment['id']}", json={"status": "failed"}))["status"] == "failed"
    assert ok(client.get(f"/invoices/{invoice}"))["balance"] == 45
