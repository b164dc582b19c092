"""Two sandbox processes on one database file advancing the same business at once run each event once."""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from invoiced_sandbox import _controls as controls_module
from invoiced_sandbox._clock import add_duration
from tests.fixtures.controls import AdvanceResult, SandboxControls
from tests.fixtures.processes import database_args, sandbox_process
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, ok
from tests.sandbox.clock_dates import T0

TOKENS = ("tok_visa", "tok_chargeDeclined", "tok_chargeSucceedsOnce", "tok_visa")


def _every(api: httpx.Client, path: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for page in range(1, 100):
        batch = api.get(path, params={"per_page": 100, "page": page}).json()
        found += batch
        if len(batch) < 100:
            break
    return found


def test_concurrent_advances_in_two_processes_never_run_an_event_twice(tmp_path: Path) -> None:
    args = database_args(tmp_path / "shared.db", "k1")
    with sandbox_process(args) as first, sandbox_process(args) as second:
        auth = ("k1", "")
        with httpx.Client(base_url=first.base_url, auth=auth, timeout=60) as api:
            with SandboxControls(first.base_url, "k1") as controls:
                controls.set_clock(T0)
            for n in range(24):
                customer = api.post(
                    "/customers",
                    json={"name": f"C{n}", "collection_mode": "auto", "stripe_token": TOKENS[n % len(TOKENS)]},
                ).json()
                assert api.post("/subscriptions", json={"customer": customer["id"], "plan": "pro"}).status_code == 201

        # One absolute target for both: "6 months on" would mean a later moment to
        # whichever process reads the clock after the other has moved it.
        target = add_duration(T0, months=6)

        def advance(base_url: str) -> AdvanceResult:
            with SandboxControls(base_url, "k1") as controls:
                return controls.advance(to=target)

        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(advance, [first.base_url, second.base_url]))

        with httpx.Client(base_url=second.base_url, auth=auth, timeout=60) as api:
            invoices = _every(api, "/invoices")
            transactions = _every(api, "/transactions")
    # Which process ran how many events depends on scheduling; together they ran each once.
    print("events run by each process:", [r["events"] for r in results])
    # Seven monthly periods begin in [T0, T0 + 6 months], one invoice each per subscription.
    assert len(invoices) == 24 * 7
    assert max(Counter((i["subscription"], i["date"]) for i in invoices).values()) == 1
    assert sum(r["invoices"] for r in results) == len(invoices)
    assert sum(r["charges"] for r in results) == len(transactions)
    failed = [t for t in transactions if t["status"] == "failed"]
    assert sum(r["failures"] for r in results) == len(failed)
    # At most one charge per invoice and attempt: never a second success, never a charge beyond the schedule.
    succeeded = Counter(t["invoice"] for t in transactions if t["status"] == "succeeded")
    assert max(succeeded.values()) == 1
    assert all(i["balance"] == 0 for i in invoices if i["status"] == "paid")


def test_an_advance_in_a_worker_process_does_what_one_in_a_thread_does(
    sandbox: RunningSandbox, client: SpecCheckedClient, controls: SandboxControls, monkeypatch: pytest.MonkeyPatch
) -> None:
    controls.set_clock(T0)
    for n, token in enumerate(TOKENS):
        customer = make_customer(client, name=f"C{n}", collection_mode="auto", stripe_token=token)
        created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "starter", "quantity": n + 1}))
    controls.snapshot("start")

    def outcome() -> tuple[AdvanceResult, list[tuple[Any, ...]]]:
        result = controls.advance(months=4)
        invoices = ok(client.get("/invoices", params={"per_page": 100}))
        charges = ok(client.get("/transactions", params={"per_page": 100}))
        # IDs and numbers aside (a restore keeps the counters going), everything must match.
        shape: list[tuple[Any, ...]] = [
            (i["date"], i["total"], i["balance"], i["status"], i["next_payment_attempt"]) for i in invoices
        ]
        shape += [(t["date"], t["amount"], t["status"], t["failure_reason"]) for t in charges]
        return result, shape

    in_thread = outcome()
    controls.restore("start")
    monkeypatch.setattr(controls_module, "PROCESS_RENEWALS", 0)
    in_process = outcome()
    assert in_process == in_thread
    assert in_thread[0]["invoices"] == len(TOKENS) * 5
