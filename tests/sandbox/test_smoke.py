"""A first end-to-end pass: the server starts and the checked client sees spec-conformant answers."""

from __future__ import annotations

from tests.fixtures.sandbox import RunningSandbox


def test_create_and_retrieve_customer(sandbox: RunningSandbox) -> None:
    with sandbox.client() as client:
        created = client.post("/customers", json={"name": "Acme"})
        assert created.status_code == 201
        assert created.headers["Location"] == f"{sandbox.base_url}/customers/{created.json()['id']}"
        fetched = client.get(f"/customers/{created.json()['id']}")
        assert fetched.json() == created.json()
