"""Helpers for the sandbox tests: a spec-checked client per key and small object factories."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fixtures.controls import SandboxControls
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient


@pytest.fixture
def client(sandbox: RunningSandbox) -> Iterator[SpecCheckedClient]:
    """Authenticated with the first key; every response is checked against the spec."""
    with sandbox.client() as checked:
        yield checked


@pytest.fixture
def other(sandbox: RunningSandbox) -> Iterator[SpecCheckedClient]:
    """Authenticated with the second key: another business."""
    with sandbox.client(sandbox.api_keys[1]) as checked:
        yield checked


def created(response: Any) -> dict[str, Any]:
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def make_customer(client: SpecCheckedClient, **fields: Any) -> dict[str, Any]:
    return created(client.post("/customers", json={"name": "Acme", **fields}))


def make_invoice(client: SpecCheckedClient, customer: int, **fields: Any) -> dict[str, Any]:
    body = {"customer": customer, "items": [{"name": "Copy paper", "quantity": 1, "unit_cost": 45}], **fields}
    return created(client.post("/invoices", json=body))


def database_digest(db_path: str) -> str:
    """A fingerprint of every row of every table, to show a failed request changed nothing."""
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as connection:
        tables = [
            row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for table in tables:
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr((table, row)).encode())
    connection.close()
    return digest.hexdigest()


@pytest.fixture
def controls(sandbox: RunningSandbox) -> Iterator[SandboxControls]:
    """The sandbox controls (spec/sandbox.yaml) of the first key's business."""
    with SandboxControls(sandbox.base_url, sandbox.api_key) as typed:
        yield typed
