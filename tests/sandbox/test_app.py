"""Cross-cutting behaviour of the app: idempotent POSTs, rate limits and storage settings."""

from __future__ import annotations

import json
import socket
import sqlite3
import time
from pathlib import Path

from invoiced_sandbox._store import open_database
from invoiced_spec import limits, load_spec, schema_validator
from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient, serve_sandbox
from tests.fixtures.scenario import created, make_customer, ok
from tests.sandbox.clock_dates import T0


def test_idempotent_post_replays_the_first_response(client: SpecCheckedClient) -> None:
    key = {"Idempotency-Key": "5b3c1e4e-7c52-4d37-9a0a-3f1d2e6c9b10"}
    first = client.post("/customers", json={"name": "Once"}, headers=key)
    again = client.post("/customers", json={"name": "Once"}, headers=key)
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Location"] == first.headers["Location"]
    assert [c["name"] for c in ok(client.get("/customers"))] == ["Once"]

    different = client.post("/customers", json={"name": "Twice"}, headers=key)
    assert (different.status_code, different.json()["param"]) == (400, "Idempotency-Key")
    assert len(ok(client.get("/customers"))) == 1


def test_idempotency_covers_actions_and_is_per_business(client: SpecCheckedClient, other: SpecCheckedClient) -> None:
    customer = make_customer(client, collection_mode="auto", stripe_token="tok_visa")["id"]
    invoice = created(client.post("/invoices", json={"customer": customer, "items": [{"name": "a", "unit_cost": 9}]}))
    key = {"Idempotency-Key": "pay-once"}
    first = ok(client.post(f"/invoices/{invoice['id']}/pay", headers=key))
    assert ok(client.post(f"/invoices/{invoice['id']}/pay", headers=key)) == first
    assert len(ok(client.get("/transactions"))) == 1
    # The same key in another business is a different key.
    created(other.post("/customers", json={"name": "Other"}, headers=key))


def test_an_idempotency_key_is_kept_for_its_lifetime_in_the_business_clock(
    client: SpecCheckedClient, controls: SandboxControls
) -> None:
    lifetime = int(limits(load_spec())["idempotencyKeyLifetime"].value)
    key = {"Idempotency-Key": "daily-import"}
    controls.set_clock(T0)
    first = created(client.post("/customers", json={"name": "Once"}, headers=key))
    controls.advance(seconds=lifetime - 1)
    assert created(client.post("/customers", json={"name": "Once"}, headers=key)) == first
    controls.advance(seconds=1)
    # Expired: the key is free, even for another body, and the work is done again.
    later = created(client.post("/customers", json={"name": "Later"}, headers=key))
    assert later["id"] != first["id"]
    assert sorted(c["name"] for c in ok(client.get("/customers"))) == ["Later", "Once"]
    assert created(client.post("/customers", json={"name": "Later"}, headers=key)) == later


def test_failed_requests_are_not_remembered(client: SpecCheckedClient) -> None:
    key = {"Idempotency-Key": "retry-me"}
    assert client.post("/invoices", json={"customer": 12345}, headers=key).status_code == 400
    customer = make_customer(client)["id"]
    assert client.post("/invoices", json={"customer": customer}, headers=key).status_code == 201


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    with (
        serve_sandbox(tmp_path / "limited.db", rate_limit=1) as running,
        running.client() as first,
        running.client(running.api_keys[1]) as second,
    ):
        assert first.get("/customers").status_code == 200
        limited = first.get("/customers")
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) >= 1
        assert limited.json()["type"] == "invalid_request"
        # Each key has its own allowance.
        assert second.get("/customers").status_code == 200
        time.sleep(1.1)
        assert first.get("/customers").status_code == 200


def test_no_rate_limit_by_default(client: SpecCheckedClient) -> None:
    assert {client.get("/customers").status_code for _ in range(50)} == {200}


def test_database_is_wal_with_full_sync(sandbox: RunningSandbox) -> None:
    with sqlite3.connect(sandbox.db_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    # synchronous is a per-connection setting: check the one the app opens.
    app_db = open_database(sandbox.db_path)
    assert app_db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    app_db.close()


def test_memory_database_keeps_state_across_requests(tmp_path: Path) -> None:
    with serve_sandbox(":memory:") as running, running.client() as client:
        customer = make_customer(client)
        assert ok(client.get(f"/customers/{customer['id']}")) == customer


def test_location_and_links_use_a_host_only_when_it_names_the_sandbox(sandbox: RunningSandbox) -> None:
    port = sandbox.base_url.rsplit(":", 1)[1]
    with sandbox.client(headers={"Host": f"localhost:{port}"}) as client:
        answer = client.post("/customers", json={"name": "Hosted"})
        assert answer.headers["Location"].startswith(f"http://localhost:{port}/customers/")
        assert f"<http://localhost:{port}/customers?page=1&per_page=100>" in client.get("/customers").headers["Link"]
    with sandbox.client(headers={"Host": "evil.test"}) as client:
        assert client.post("/customers", json={"name": "Elsewhere"}).headers["Location"].startswith(sandbox.base_url)
        assert "evil" not in client.get("/customers").headers["Link"]


def test_a_configured_public_url_is_used_whatever_the_host(tmp_path: Path) -> None:
    with (
        serve_sandbox(tmp_path / "public.db", public_url="https://sandbox.example.com/") as running,
        running.client(headers={"Host": "evil.test"}) as client,
    ):
        location = client.post("/customers", json={"name": "Public"}).headers["Location"]
        assert location.startswith("https://sandbox.example.com/customers/")


def test_a_request_that_is_not_valid_http_still_gets_the_error_object(sandbox: RunningSandbox) -> None:
    host, port = sandbox.base_url.removeprefix("http://").split(":")
    raw = b"GET /customers/1 HTTP/1.1\r\nHost: sandbox\r\nContent-Length: $se\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(raw)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"content-type: application/json" in head.lower()
    error = json.loads(body)
    schema_validator(load_spec(), {"$ref": "#/components/schemas/ErrorObject"}).validate(error)
    assert (error["type"], error["param"]) == ("invalid_request", None)
