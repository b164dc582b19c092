"""Data controls: reset, snapshots, seeding (API and --seed), and the request log with X-Request-Id."""

from __future__ import annotations

import socket
import time
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import yaml

from invoiced_sandbox._seed import read_fixture
from tests.fixtures.controls import SandboxControls
from tests.fixtures.processes import database_args, sandbox_process
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice, ok
from tests.sandbox.clock_dates import T0

EXAMPLE = Path(str(resources.files("invoiced_sandbox").joinpath("example_fixture.yaml")))


def _everything(client: SpecCheckedClient) -> dict[str, Any]:
    return {
        kind: ok(client.get(f"/{kind}", params={"per_page": 100}))
        for kind in ("customers", "invoices", "transactions", "subscriptions")
    }


def test_reset_empties_only_the_callers_business(
    sandbox: RunningSandbox, client: SpecCheckedClient, other: SpecCheckedClient, controls: SandboxControls
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")
    make_invoice(client, customer["id"])
    created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "pro"}))
    controls.advance(days=1)
    controls.snapshot("before-reset")
    theirs = make_customer(other, name="Globex")

    deleted = controls.reset()
    assert deleted["customers"] == 1 and deleted["invoices"] == 2 and deleted["snapshots"] == 1
    assert all(objects == [] for objects in _everything(client).values())
    assert controls.snapshots() == [] and controls.clock()["frozen"] is False
    assert make_customer(client)["number"] == "CUST-0001"
    assert ok(other.get(f"/customers/{theirs['id']}"))["name"] == "Globex"


def test_a_snapshot_restores_exactly_what_was_saved(
    sandbox: RunningSandbox, client: SpecCheckedClient, controls: SandboxControls
) -> None:
    controls.set_clock(T0)
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_chargeDeclined")
    created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "pro"}))
    saved = controls.snapshot("start")
    assert saved["objects"] == {"customers": 1, "invoices": 0, "transactions": 0, "subscriptions": 1}
    assert saved["clock"] == {"now": T0, "frozen": True}
    before = _everything(client)

    controls.advance(months=2)
    make_customer(client, name="Later")
    assert _everything(client) != before

    restored = controls.restore("start")
    assert restored["name"] == "start"
    assert _everything(client) == before
    assert controls.clock()["now"] == T0
    # The same advance from the same state does the same again.
    first = controls.advance(months=2)
    controls.restore("start")
    assert controls.advance(months=2) == first
    controls.restore("start")
    assert [s["name"] for s in controls.snapshots()] == ["start"]
    assert make_customer(client)["number"] == "CUST-0002"


def test_a_snapshot_can_be_replaced_retrieved_and_deleted(controls: SandboxControls, client: SpecCheckedClient) -> None:
    controls.snapshot("s1")
    make_customer(client)
    assert controls.snapshot("s1")["objects"]["customers"] == 1
    assert controls.request("GET", "snapshots/s1").json()["objects"]["customers"] == 1
    controls.delete_snapshot("s1")
    assert controls.request("GET", "snapshots/s1").status_code == 404


def test_seeding_through_the_api_creates_the_example_fixture(
    client: SpecCheckedClient, controls: SandboxControls
) -> None:
    fixture = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    result = controls.seed(fixture)
    assert set(result["customers"]) == {"acme", "globex", "initech"}
    globex = ok(client.get(f"/customers/{result['customers']['globex']}"))
    assert globex["payment_terms"] == "NET 30"
    setup = ok(client.get(f"/invoices/{result['invoices']['globex-setup']}"))
    # 250 + 2 x 75 support hours + 20 tax, less the 100 check
    assert (setup["customer"], setup["total"], setup["balance"]) == (globex["id"], 420, 320)
    sub = ok(client.get(f"/subscriptions/{result['subscriptions']['acme-pro']}"))
    assert sub["customer"] == result["customers"]["acme"] and sub["quantity"] == 3


def test_a_bad_entry_rolls_back_the_whole_fixture(
    sandbox: RunningSandbox, client: SpecCheckedClient, controls: SandboxControls
) -> None:
    before = database_digest(sandbox.db_path)
    fixture = {
        "customers": [{"key": "a", "name": "A"}],
        "subscriptions": [{"customer": "a", "plan": "pro"}, {"customer": "a", "plan": "platinum"}],
    }
    response = controls.request("POST", "seed", json=fixture)
    assert response.status_code == 400
    assert response.json()["param"] == "subscriptions[1][plan]"
    assert database_digest(sandbox.db_path) == before


def test_seed_at_start_up_seeds_empty_businesses_once(tmp_path: Path) -> None:
    args = [*database_args(tmp_path / "seeded.db", "k1", "k2"), "--seed", str(EXAMPLE)]
    for attempt in range(2):
        with sandbox_process(args) as running:
            for key in ("k1", "k2"):
                customers = httpx.get(running.base_url + "/customers", auth=(key, "")).json()
                assert sorted(c["name"] for c in customers) == ["Acme Corp.", "Globex", "Initech"], attempt
            running.stop()
        assert any("Seeded k1" in line for line in running.output) == (attempt == 0), running.output


def test_a_malformed_seed_file_stops_the_sandbox_with_a_message(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("customers:\n  - {email: nameless@example.com}\n", encoding="utf-8")
    for path, expected in ((broken, "customers[0]: name is required"), (tmp_path / "absent.json", "cannot read")):
        args = [*database_args(tmp_path / "never.db", "k1"), "--seed", str(path)]
        with sandbox_process(args, wait=False) as running:
            assert running.process.wait(timeout=60) == 2
            deadline = time.monotonic() + 10  # the rest of its output is read by a thread
            while expected not in "".join(running.banner + running.output) and time.monotonic() < deadline:
                time.sleep(0.05)
        assert expected in "".join(running.banner + running.output), running.banner + running.output
    assert read_fixture(EXAMPLE)["customers"][0]["key"] == "acme"


def test_every_response_carries_a_request_id_and_the_log_filters(
    sandbox: RunningSandbox, client: SpecCheckedClient, controls: SandboxControls
) -> None:
    ids = set()
    for response in (
        client.get("/customers", params={"per_page": 5}),
        client.get("/customers/999999"),
        client.post("/customers", json={}),
        httpx.get(sandbox.base_url + "/customers"),  # no key: a 401, and no business to log it under
        httpx.get(sandbox.base_url + "/nowhere", auth=(sandbox.api_key, "")),
    ):
        assert response.headers["X-Request-Id"].startswith("req_")
        ids.add(response.headers["X-Request-Id"])
    assert len(ids) == 5
    logged = controls.requests()
    # Newest first; /nowhere was answered before its key was looked at, so it belongs to no business.
    assert [(e["method"], e["path"], e["status"]) for e in logged] == [
        ("POST", "/customers", 400), ("GET", "/customers/999999", 404), ("GET", "/customers", 200),
    ]  # fmt: skip
    by_path = controls.requests(path="/customers/")
    assert [(e["path"], e["status"]) for e in by_path] == [("/customers/999999", 404)]
    assert [e["query"] for e in controls.requests(status=200)] == ["per_page=5"]
    assert {e["id"] for e in logged} <= ids and all(e["duration_ms"] >= 0 for e in logged)
    with SandboxControls(sandbox.base_url, sandbox.api_keys[1]) as other:
        assert other.requests() == []


def test_refusals_at_the_connection_carry_a_request_id_too(sandbox: RunningSandbox) -> None:
    # A head that passes the header limit unfinished is refused by the connection, not by the app.
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as raw:
        raw.sendall(b"GET /customers HTTP/1.1\r\nX-Big: " + b"a" * 20000)
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = raw.recv(65536)
            if not chunk:
                break
            answer += chunk
    head = answer.split(b"\r\n\r\n")[0].decode("latin-1").lower()
    assert head.startswith("http/1.1 431") and "\r\nx-request-id: req_" in head, head
