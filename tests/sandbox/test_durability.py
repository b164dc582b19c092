"""A SIGKILL in the middle of concurrent writes loses nothing that was acknowledged, and what survives adds up.

The sandbox runs as its own process on a database file. Several client
threads create customers (with a card), invoices with line items, partial
payments and charges through `pay`, as fast as the server answers. The
process is killed without warning while they are at it, then started again
on the same file.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fixtures.processes import database_args, sandbox_process
from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, ok

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

KEY = "durable_key"
WORKERS = 6
# Writes acknowledged before the kill; enough that every kind has many.
KILL_AFTER = 240


@dataclass
class Acknowledged:
    """Every 2xx the clients saw before the kill, by kind and ID."""

    customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    invoices: dict[int, dict[str, Any]] = field(default_factory=dict)
    transactions: dict[int, dict[str, Any]] = field(default_factory=dict)
    # Invoices whose `pay` was answered 200: a charge for each must survive.
    paid: set[int] = field(default_factory=set)
    # Line items as sent, to recompute each invoice's total here.
    sent_items: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    count: int = 0
    cut_off: int = 0  # workers whose last request was in flight at the kill
    failures: list[BaseException] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, obj: dict[str, Any]) -> None:
        with self.lock:
            getattr(self, kind)[obj["id"]] = obj
            self.count += 1


def _work(base_url: str, seed: int, seen: Acknowledged, stop: threading.Event) -> None:
    rng = random.Random(seed)
    with SpecCheckedClient(base_url=base_url, auth=(KEY, ""), timeout=30) as http:
        try:
            while not stop.is_set():
                body: dict[str, Any] = {
                    "name": f"Worker {seed} customer",
                    "collection_mode": "auto",
                    "stripe_token": "tok_visa",
                }
                customer = created(http.post("/customers", json=body))
                seen.record("customers", customer)
                items = [
                    {"name": f"Item {n}", "quantity": rng.randint(1, 5), "unit_cost": rng.randint(1, 99_999) / 100}
                    for n in range(rng.randint(1, 4))
                ]
                invoice = created(http.post("/invoices", json={"customer": customer["id"], "items": items}))
                seen.record("invoices", invoice)
                with seen.lock:
                    seen.sent_items[invoice["id"]] = items
                part = max(Decimal("0.01"), (Decimal(str(invoice["total"])) / 3).quantize(Decimal("0.01")))
                body = {"invoice": invoice["id"], "type": "payment", "amount": float(part)}
                payment = created(http.post("/transactions", json=body))
                seen.record("transactions", payment)
                if rng.random() < 0.5:
                    ok(http.post(f"/invoices/{invoice['id']}/pay"))
                    with seen.lock:
                        seen.paid.add(invoice["id"])
        except httpx.TransportError:
            # The server died under this request: its outcome is unknown, and
            # either outcome is fine as long as the books still balance.
            with seen.lock:
                seen.cut_off += 1
        except BaseException as exc:
            with seen.lock:
                seen.failures.append(exc)


def _every(http: httpx.Client, path: str) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    page = 1
    while True:
        answer = http.get(path, params={"page": page, "per_page": 100})
        batch = ok(answer)
        objects.extend(batch)
        if len(objects) >= int(answer.headers["X-Total-Count"]):
            return objects
        page += 1


def _money(value: float | int) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_acknowledged_concurrent_writes_survive_sigkill_and_balance(tmp_path: Path) -> None:
    db_path = tmp_path / "killed.db"
    args = database_args(db_path, KEY)
    seen = Acknowledged()
    stop = threading.Event()
    with sandbox_process(args) as running:
        workers = [threading.Thread(target=_work, args=(running.base_url, seed, seen, stop)) for seed in range(WORKERS)]
        for worker in workers:
            worker.start()
        deadline = time.monotonic() + 60
        while seen.count < KILL_AFTER and not seen.failures and time.monotonic() < deadline:
            time.sleep(0.01)
        stop.set()  # for a worker stuck elsewhere; the others are stopped by the kill
        running.kill()
        for worker in workers:
            worker.join(timeout=60)
    if seen.failures:
        raise seen.failures[0]
    assert seen.count >= KILL_AFTER, "the workload did not get going"
    assert seen.cut_off > 0, "the kill did not land while requests were in flight"

    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    raw.close()

    with (
        sandbox_process(args) as running,
        SpecCheckedClient(base_url=running.base_url, auth=(KEY, ""), timeout=30) as http,
    ):
        _check_acknowledged_writes_are_there(http, seen)
        _check_books_balance(http, seen)
        _check_numbers_carry_on(http)


def _check_acknowledged_writes_are_there(http: httpx.Client, seen: Acknowledged) -> None:
    for customer_id, customer in seen.customers.items():
        assert ok(http.get(f"/customers/{customer_id}")) == customer
    for transaction_id, transaction in seen.transactions.items():
        assert ok(http.get(f"/transactions/{transaction_id}")) == transaction
    for invoice_id, invoice in seen.invoices.items():
        now = ok(http.get(f"/invoices/{invoice_id}"))
        # Balance, paid and status move with later payments; the rest is as created.
        moving = {"balance", "paid", "status", "attempt_count"}
        assert {k: v for k, v in now.items() if k not in moving} == {
            k: v for k, v in invoice.items() if k not in moving
        }
        expected = sum(
            (Decimal(item["quantity"]) * Decimal(str(item["unit_cost"])) for item in seen.sent_items[invoice_id]),
            Decimal(0),
        )
        assert _money(now["total"]) == _money(now["subtotal"]) == expected.quantize(Decimal("0.01"))


def _check_books_balance(http: httpx.Client, seen: Acknowledged) -> None:
    invoices = {i["id"]: i for i in _every(http, "/invoices")}
    transactions = _every(http, "/transactions")
    assert set(seen.invoices) <= set(invoices)
    paid_in: defaultdict[int, Decimal] = defaultdict(Decimal)
    charged: set[int] = set()
    for transaction in transactions:
        assert transaction["invoice"] in invoices, "a transaction outlived its invoice"
        assert transaction["status"] == "succeeded"
        paid_in[transaction["invoice"]] += _money(transaction["amount"])
        if transaction["type"] == "charge":
            charged.add(transaction["invoice"])
    assert seen.paid <= charged, "an acknowledged pay lost its charge"

    outstanding: defaultdict[int, Decimal] = defaultdict(Decimal)
    for invoice in invoices.values():
        balance = _money(invoice["total"]) - paid_in[invoice["id"]]
        assert _money(invoice["balance"]) == balance, f"invoice {invoice['id']}"
        assert invoice["paid"] is (balance <= 0)
        assert invoice["status"] == ("paid" if balance <= 0 else "not_sent")
        if balance > 0:
            outstanding[invoice["customer"]] += balance
    customers = _every(http, "/customers")
    assert set(seen.customers) <= {c["id"] for c in customers}
    for customer in customers:
        balance = ok(http.get(f"/customers/{customer['id']}/balance"))
        assert _money(balance["total_outstanding"]) == outstanding[customer["id"]]


def _check_numbers_carry_on(http: httpx.Client) -> None:
    customers = _every(http, "/customers")
    invoices = _every(http, "/invoices")
    for objects in (customers, invoices):
        numbers = [o["number"] for o in objects]
        assert len(numbers) == len(set(numbers))
    customer = created(http.post("/customers", json={"name": "After the restart"}))
    invoice = created(http.post("/invoices", json={"customer": customer["id"]}))
    assert customer["number"] not in {c["number"] for c in customers}
    assert invoice["number"] not in {i["number"] for i in invoices}
