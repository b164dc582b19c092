"""Parallel writers: no duplicate number, no lost update, no `database is locked` surfacing as an error.

Every race runs twice: against one sandbox, and against two sandbox
processes sharing one database file, the way a CI fleet may run it. Requests
go round-robin over the servers, from threads here and from separate client
processes in the fleet test.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, replace
from decimal import Decimal
from itertools import cycle
from pathlib import Path
from typing import Any

import httpx
import pytest

from invoiced_sandbox._app import create_app
from invoiced_sandbox._limits import Limits
from invoiced_spec import load_spec
from tests.fixtures.processes import SandboxProcess, database_args, sandbox_process
from tests.fixtures.sandbox import SpecCheckedClient, check_response, serve_sandbox
from tests.fixtures.scenario import created, ok

pytestmark = pytest.mark.slow

KEY = "racing_key"
THREADS = 8


@dataclass
class Servers:
    """One or more sandboxes on the same database; `client(n)` picks one round-robin."""

    base_urls: list[str]
    processes: list[SandboxProcess]

    def client(self, n: int) -> SpecCheckedClient:
        """Every response is checked against the spec, whatever its status."""
        return SpecCheckedClient(base_url=self.base_urls[n % len(self.base_urls)], auth=(KEY, ""), timeout=60)

    def assert_nothing_logged(self) -> None:
        for process in self.processes:
            logged = "".join(process.output)
            assert "Traceback" not in logged and "locked" not in logged, logged


@pytest.fixture(params=["one server", "two processes"])
def servers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Servers]:
    db_path = tmp_path / "shared.db"
    with ExitStack() as stack:
        if request.param == "one server":
            running = stack.enter_context(serve_sandbox(db_path, api_keys=[KEY]))
            yield Servers([running.base_url], [])
        else:
            processes = [stack.enter_context(sandbox_process(database_args(db_path, KEY))) for _ in range(2)]
            servers = Servers([p.base_url for p in processes], processes)
            yield servers
            servers.assert_nothing_logged()


def _open_invoice(http: SpecCheckedClient, name: str, unit_cost: float) -> int:
    """A new customer's invoice of one item costing `unit_cost`."""
    customer = created(http.post("/customers", json={"name": name}))["id"]
    body = {"customer": customer, "items": [{"name": "Work", "unit_cost": unit_cost}]}
    return int(created(http.post("/invoices", json=body))["id"])


def _in_parallel(servers: Servers, count: int, task: Callable[[httpx.Client, int], Any]) -> list[Any]:
    def run(n: int) -> Any:
        with servers.client(n) as http:
            return task(http, n)

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(run, range(count)))


def test_parallel_creates_never_repeat_a_number(servers: Servers) -> None:
    with servers.client(0) as http:
        customer = created(http.post("/customers", json={"name": "Shared"}))["id"]

    def create(http: httpx.Client, n: int) -> list[str]:
        numbers = []
        for _ in range(10):
            body = {"customer": customer, "items": [{"name": f"n{n}", "unit_cost": 1}]}
            numbers.append(created(http.post("/invoices", json=body))["number"])
            numbers.append(created(http.post("/customers", json={"name": f"c{n}"}))["number"])
        return numbers

    numbers = [number for batch in _in_parallel(servers, THREADS, create) for number in batch]
    assert len(numbers) == len(set(numbers)) == THREADS * 20


def test_parallel_payments_on_one_invoice_are_all_counted(servers: Servers) -> None:
    with servers.client(0) as http:
        invoice = _open_invoice(http, "Payer", 100)

    def pay(http: httpx.Client, n: int) -> None:
        for _ in range(5):
            body = {"invoice": invoice, "type": "payment", "amount": 1.25}
            created(http.post("/transactions", json=body))

    _in_parallel(servers, THREADS, pay)
    with servers.client(0) as http:
        assert ok(http.get(f"/invoices/{invoice}"))["balance"] == 50
        listed = http.get("/transactions", params={"filter[invoice]": invoice})
        assert listed.headers["X-Total-Count"] == str(THREADS * 5)


def test_parallel_refunds_never_exceed_the_original(servers: Servers) -> None:
    with servers.client(0) as http:
        invoice = _open_invoice(http, "Refunded", 10)
        charge = created(http.post("/transactions", json={"invoice": invoice, "type": "charge"}))["id"]

    def refund(http: httpx.Client, n: int) -> int:
        answer = http.post(f"/transactions/{charge}/refunds", json={"amount": 0.25})
        if answer.status_code == 400:
            assert answer.json()["param"] == "amount"
        return answer.status_code

    statuses = _in_parallel(servers, 60, refund)
    assert sorted(statuses) == [201] * 40 + [400] * 20
    with servers.client(0) as http:
        assert ok(http.get(f"/invoices/{invoice}"))["balance"] == 10


def test_parallel_updates_of_different_fields_are_all_kept(servers: Servers) -> None:
    with servers.client(0) as http:
        customer = created(http.post("/customers", json={"name": "Edited"}))["id"]
    fields = ["name", "notes", "city", "attention_to"]

    def edit(http: httpx.Client, n: int) -> None:
        for round_ in range(15):
            ok(http.patch(f"/customers/{customer}", json={fields[n]: f"{fields[n]} {round_}"}))

    _in_parallel(servers, len(fields), edit)
    with servers.client(0) as http:
        final = ok(http.get(f"/customers/{customer}"))
    assert {f: final[f] for f in fields} == {f: f"{f} 14" for f in fields}


def test_item_edits_racing_payments_keep_the_balance_right(servers: Servers) -> None:
    with servers.client(0) as http:
        invoice = _open_invoice(http, "Moving target", 500)

    def race(http: httpx.Client, n: int) -> None:
        for round_ in range(12):
            if n % 2:
                body: dict[str, Any] = {"items": [{"name": "Work", "quantity": 1 + (n + round_) % 3, "unit_cost": 500}]}
                ok(http.patch(f"/invoices/{invoice}", json=body))
            else:
                body = {"invoice": invoice, "type": "payment", "amount": 0.5}
                created(http.post("/transactions", json=body))

    _in_parallel(servers, 6, race)
    with servers.client(0) as http:
        final = ok(http.get(f"/invoices/{invoice}"))
        payments = ok(http.get("/transactions", params={"filter[invoice]": invoice, "per_page": 100}))
    paid_in = sum((Decimal(str(p["amount"])) for p in payments), Decimal(0))
    assert len(payments) == 3 * 12
    assert Decimal(str(final["balance"])) == Decimal(str(final["total"])) - paid_in


def test_writes_queued_behind_a_lock_held_elsewhere_still_check_then_act_atomically(tmp_path: Path) -> None:
    """Another program holds the write lock while each server takes a refund of the whole charge.

    Reads go on under WAL while the lock is held, so a server that checked
    what is left before taking the lock would see the full amount in both
    processes, and both refunds would go through once the lock is released.
    """
    db_path = tmp_path / "held.db"
    args = database_args(db_path, KEY)
    with sandbox_process(args) as first, sandbox_process(args) as second:
        servers = Servers([first.base_url, second.base_url], [first, second])
        with servers.client(0) as http:
            invoice = _open_invoice(http, "Held", 10)
            charge = created(http.post("/transactions", json={"invoice": invoice, "type": "charge"}))["id"]

        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        with ThreadPoolExecutor(2) as pool:

            def refund_all(n: int) -> int:
                with servers.client(n) as http:
                    return http.post(f"/transactions/{charge}/refunds", json={"amount": 10}).status_code

            pending = [pool.submit(refund_all, n) for n in range(2)]
            time.sleep(0.5)  # both requests are now waiting on the lock
            assert not any(p.done() for p in pending), "a write went through while the lock was held"
            holder.execute("COMMIT")
            statuses = sorted(p.result() for p in pending)
        holder.close()
        assert statuses == [201, 400]
        with servers.client(0) as http:
            assert ok(http.get(f"/invoices/{invoice}"))["balance"] == 10
        servers.assert_nothing_logged()


def test_a_lock_held_past_the_wait_is_answered_429_not_500(tmp_path: Path) -> None:
    db_path = tmp_path / "stuck.db"
    # A wait of a fifth of a second rather than the spec's seconds, so the test is quick.
    app = create_app(str(db_path), [KEY], limits=replace(Limits.from_spec(load_spec()), write_lock_wait=0.2))
    holder = sqlite3.connect(db_path, isolation_level=None)

    async def create() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox", auth=(KEY, "")) as http:
            return await http.post("/customers", json={"name": "Patient"})

    holder.execute("BEGIN IMMEDIATE")
    stuck = asyncio.run(create())
    holder.execute("ROLLBACK")
    check_response(stuck)
    assert stuck.status_code == 429
    assert stuck.headers["Retry-After"] == "1"
    assert stuck.json()["type"] == "invalid_request"
    assert asyncio.run(create()).status_code == 201
    holder.close()
    app.state.sandbox.close()


# --- several client processes against several server processes ------------------------------


def _fleet_member(base_urls: list[str], member: int, invoice: int) -> list[tuple[int, str]]:
    """What one CI job does: create customers and invoices and pay into the shared invoice."""
    answers = []
    clients = [httpx.Client(base_url=url, auth=(KEY, ""), timeout=60) for url in base_urls]
    try:
        for http, round_ in zip(cycle(clients), range(12), strict=False):
            customer = http.post("/customers", json={"name": f"Fleet {member}.{round_}"})
            answers.append((customer.status_code, customer.json().get("number", "")))
            body = {"customer": customer.json()["id"], "items": [{"name": "Seat", "unit_cost": 3}]}
            created = http.post("/invoices", json=body)
            answers.append((created.status_code, created.json().get("number", "")))
            paid = http.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 1})
            answers.append((paid.status_code, ""))
    finally:
        for http in clients:
            http.close()
    return answers


def test_a_fleet_of_client_processes_against_two_server_processes(tmp_path: Path) -> None:
    args = database_args(tmp_path / "fleet.db", KEY)
    with sandbox_process(args) as first, sandbox_process(args) as second:
        servers = Servers([first.base_url, second.base_url], [first, second])
        with servers.client(0) as http:
            invoice = _open_invoice(http, "Shared", 1000)
        members = 4
        # spawn, not fork: the test process runs threads, which fork would copy mid-flight.
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(members, mp_context=context) as pool:
            batches = list(pool.map(_fleet_member, [servers.base_urls] * members, range(members), [invoice] * members))
        answers = [answer for batch in batches for answer in batch]
        assert {status for status, _ in answers} == {201}
        numbers = [number for _, number in answers if number]
        assert len(numbers) == len(set(numbers)) == members * 12 * 2
        with servers.client(0) as http:
            assert ok(http.get(f"/invoices/{invoice}"))["balance"] == 1000 - members * 12
        for url in servers.base_urls:
            with httpx.Client(base_url=url, auth=(KEY, "")) as http:
                assert http.get("/customers").headers["X-Total-Count"] == str(1 + members * 12)
        servers.assert_nothing_logged()
