"""The findings of the hardening issue (#14) that need state, time or a process to show; the rest are in test_faults."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from invoiced_sandbox import _listing as listing
from invoiced_sandbox._app import Sandbox, create_app
from invoiced_sandbox._emails import EMAILS_KEPT
from invoiced_sandbox._limits import Limits
from invoiced_sandbox._ratelimit import RateLimiter
from invoiced_spec import load_spec
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient, check_response, serve_sandbox
from tests.fixtures.scenario import created, make_customer, make_invoice, ok
from tests.fixtures.servers import free_port

KEY = "hardening_key"
LIMITS = Limits.from_spec(load_spec())


def _in_process(app: Any, *requests: tuple[str, str, dict[str, Any]]) -> list[httpx.Response]:
    """Requests answered by `app` in this thread (where its per-thread caches live), in order."""

    async def run() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", auth=(KEY, "")) as http:
            return [await http.request(method, path, **options) for method, path, options in requests]

    return asyncio.run(run())


# --- 1. client text is never a template; the emails table is bounded ---------------------------


@pytest.mark.parametrize("number", ["{name.__class__.__mro__}", "{0}", "{name:>50000000}", "{", "}{"])
def test_an_invoice_number_is_never_read_as_a_template(client: SpecCheckedClient, number: str) -> None:
    customer = make_customer(client, email="billing@acmecorp.com")["id"]
    invoice = make_invoice(client, customer, number=number)["id"]
    to = [{"name": f"Reader {n}", "email": f"r{n}@example.com"} for n in range(10)]
    answer = client.post(f"/invoices/{invoice}/emails", json={"to": to})
    emails = ok(answer)
    assert len(answer.content) < 20_000
    assert [e["message"] for e in emails[:1]] == [f"Dear Reader 0, your invoice {number} is attached. Thank you!"]
    assert [e["subject"] for e in emails[:1]] == [f"Invoice {number}"]


def test_a_message_of_its_own_is_sent_as_it_is(client: SpecCheckedClient) -> None:
    customer = make_customer(client, email="billing@acmecorp.com", name="{name}")["id"]
    sent = ok(client.post(f"/customers/{customer}/emails", json={"message": "Hi {name} {0}"}))
    assert sent[0]["message"] == "Hi {name} {0}"


def test_the_emails_table_keeps_only_the_latest(sandbox: RunningSandbox, client: SpecCheckedClient) -> None:
    customer = make_customer(client, email="billing@acmecorp.com")["id"]
    to = [{"email": f"r{n}@example.com"} for n in range(20)]
    for _ in range(EMAILS_KEPT // 20 + 3):
        ok(client.post(f"/customers/{customer}/emails", json={"to": to}))
    with sqlite3.connect(sandbox.db_path) as db:
        (kept,) = db.execute("SELECT count(*) FROM emails").fetchone()
    db.close()
    assert kept == EMAILS_KEPT


# --- 5. an operation without a body takes none, but `{}` is how some clients say "nothing" -----


def test_an_empty_json_object_is_no_body(client: SpecCheckedClient) -> None:
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")["id"]
    invoice = make_invoice(client, customer)["id"]
    assert ok(client.post(f"/invoices/{invoice}/pay", content=b" { } ", headers={"content-type": "application/json"}))
    refused = client.request(
        "DELETE", f"/invoices/{invoice}", headers={"content-type": "application/json"}, content=b"[]"
    )
    assert (refused.status_code, refused.json()["param"]) == (400, None)


# --- 4. a lock held elsewhere: reads and other tenants go on; Retry-After is honest -----------


def test_reads_are_answered_while_a_write_waits_for_a_lock_held_elsewhere(tmp_path: Path) -> None:
    with serve_sandbox(tmp_path / "held.db") as running:
        holder = sqlite3.connect(running.db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with (
                ThreadPoolExecutor(1) as pool,
                running.client() as writer,
                running.client(running.api_keys[1]) as reader,
            ):
                waiting = pool.submit(writer.post, "/customers", json={"name": "Patient"})
                time.sleep(0.3)  # the write is now waiting for the lock
                assert not waiting.done()
                assert ok(reader.get("/customers")) == []
                assert ok(writer.get("/customers")) == []
                assert not waiting.done(), "the reads waited for the write"
                holder.execute("COMMIT")
                assert waiting.result().status_code == 201
        finally:
            holder.close()


def test_a_lock_held_too_long_is_a_429_whose_retry_after_covers_the_wait(tmp_path: Path) -> None:
    db_path = tmp_path / "stuck.db"
    app = create_app(str(db_path), [KEY], limits=replace(LIMITS, write_lock_wait=1.2))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    (stuck,) = _in_process(app, ("POST", "/customers", {"json": {"name": "Patient"}}))
    holder.execute("ROLLBACK")
    check_response(stuck)
    assert stuck.status_code == 429
    assert int(stuck.headers["Retry-After"]) >= 2
    assert stuck.json()["type"] == "invalid_request"
    assert _in_process(app, ("POST", "/customers", {"json": {"name": "Patient"}}))[0].status_code == 201
    holder.close()
    app.state.sandbox.close()


# --- 6. memory and time per request do not grow with the data or the variety of requests -----


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Any]:
    app = create_app(str(tmp_path / "bounded.db"), [KEY])
    yield app
    assert app.state.sandbox.faults == 0
    app.state.sandbox.close()


def test_the_count_cache_is_bounded(app: Any) -> None:
    requests = [
        ("GET", "/customers", {"params": {"filter[name]": f"n{n}"}}) for n in range(listing.COUNT_CACHE_ENTRIES + 50)
    ]
    assert {r.status_code for r in _in_process(app, *requests)} == {200}
    assert len(listing._COUNTS.counts) <= listing.COUNT_CACHE_ENTRIES


def test_a_page_of_subscriptions_reads_only_that_page(app: Any) -> None:
    (customer,) = _in_process(app, ("POST", "/customers", {"json": {"name": "Many"}}))
    body = {"customer": customer.json()["id"], "plan": "starter"}
    _in_process(app, *[("POST", "/subscriptions", {"json": body})] * 30)
    statements: list[str] = []
    app.state.sandbox.db.set_trace_callback(statements.append)
    for query in (
        {"per_page": 1},
        {"per_page": 1, "filter[status]": "active"},
        {"per_page": 1, "sort": "renews_next desc"},
    ):
        (page,) = _in_process(app, ("GET", "/subscriptions", {"params": query}))
        assert (len(page.json()), page.headers["X-Total-Count"]) == (1, "30")
    app.state.sandbox.db.set_trace_callback(None)
    reads = [s for s in statements if "FROM subscriptions" in s and "count(*)" not in s]
    assert reads and all("LIMIT" in s for s in reads), reads


# --- 10. configuration that could never work, or would let anyone in, is refused -------------


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--api-key", ""], "empty"),
        (["--api-key", "a:b"], "':'"),
        (["--api-key", "k", "--rate-limit", "nan"], "--rate-limit"),
        (["--api-key", "k", "--rate-limit", "inf"], "--rate-limit"),
        (["--api-key", "k", "--public-url", "sandbox.test"], "--public-url"),
    ],
)
def test_bad_configuration_is_refused_at_start_up(tmp_path: Path, args: list[str], complaint: str) -> None:
    command = [sys.executable, "-m", "invoiced_sandbox.cli", "--port", str(free_port()), "--db", ":memory:", *args]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    assert finished.returncode == 2
    assert complaint in finished.stderr


def test_a_sandbox_refuses_keys_that_cannot_authenticate(tmp_path: Path) -> None:
    for keys in ([""], ["a:b"], ["with space"]):
        with pytest.raises(ValueError, match="API key"):
            Sandbox(str(tmp_path / "keys.db"), keys)


def test_failed_authentication_is_rate_limited(tmp_path: Path) -> None:
    with serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running, running.client("wrong_key") as guesser:
        assert guesser.get("/customers").status_code == 401
        limited = guesser.get("/customers")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1


def test_the_buckets_of_failed_clients_do_not_pile_up() -> None:
    limiter = RateLimiter(1_000_000)
    for n in range(10_000):
        assert limiter.retry_after(("client", f"10.0.{n // 256}.{n % 256}")) is None
    assert len(limiter._buckets) <= 4097


# --- 11. the idempotency record replays a Location of this sandbox, whatever Host it saw ------


def test_a_replayed_location_points_at_the_sandbox(sandbox: RunningSandbox) -> None:
    key = {"Idempotency-Key": "host-replay"}
    with sandbox.client(headers={"Host": "evil.test", **key}) as client:
        first = created(client.post("/customers", json={"name": "Once"}))
    with sandbox.client(headers=key) as client:
        again = client.post("/customers", json={"name": "Once"})
    assert again.json() == first
    assert again.headers["Location"] == f"{sandbox.base_url}/customers/{first['id']}"


# --- Also: a sandbox bug is an honest 500 of type `api`, logged once --------------------------


def test_an_unexpected_fault_is_a_500_of_type_api_logged_once(app: Any, caplog: pytest.LogCaptureFixture) -> None:
    (customer,) = _in_process(app, ("POST", "/customers", {"json": {"name": "Faulty", "email": "a@example.com"}}))
    # Damage the database behind the sandbox's back: each email send now fails inside SQLite.
    with sqlite3.connect(app.state.sandbox.db.execute("PRAGMA database_list").fetchone()[2]) as db:
        db.execute("DROP TABLE emails")
    db.close()
    with caplog.at_level(logging.ERROR, logger="invoiced_sandbox"):
        answers = _in_process(app, *[("POST", f"/customers/{customer.json()['id']}/emails", {})] * 3)
    assert [a.status_code for a in answers] == [500] * 3
    assert {(a.json()["type"], a.json()["param"]) for a in answers} == {("api", None)}
    assert len([r for r in caplog.records if r.name == "invoiced_sandbox"]) == 1
    assert app.state.sandbox.faults == 3
    app.state.sandbox.faults = 0  # counted, and expected here
