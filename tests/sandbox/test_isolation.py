"""Each key is its own business: every operation, tried across keys and without valid credentials."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from invoiced_spec import load_spec, operations
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice

OPERATIONS = {op.operation_id: op for op in operations(load_spec())}

# A valid body for each operation that takes one; IDs are filled in from the first business's objects.
BODIES: dict[str, dict[str, Any]] = {
    "createCustomer": {"name": "Other"},
    "updateCustomer": {"name": "Taken over"},
    "sendCustomerStatement": {"to": [{"email": "x@example.com"}]},
    "createInvoice": {"customer": "{customer}"},
    "updateInvoice": {"sent": True},
    "sendInvoice": {},
    "createTransaction": {"invoice": "{invoice}", "type": "payment", "amount": 1},
    "updateTransaction": {"notes": "mine now"},
    "sendTransactionReceipt": {},
    "refundTransaction": {"amount": 1},
    "createSubscription": {"customer": "{customer}", "plan": "starter"},
    "updateSubscription": {"plan": "pro"},
}

# Creating with another business's object in the body names that attribute.
FOREIGN_REFERENCE = {"createInvoice": "customer", "createTransaction": "invoice", "createSubscription": "customer"}


@pytest.fixture
def world(client: SpecCheckedClient) -> dict[str, int]:
    customer = make_customer(client, email="a@example.com", collection_mode="auto", stripe_token="tok_visa")
    invoice = make_invoice(client, customer["id"])
    payment = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 5}))
    subscription = created(client.post("/subscriptions", json={"customer": customer["id"], "plan": "starter"}))
    return {
        "customer": customer["id"],
        "customer_id": customer["id"],
        "invoice": invoice["id"],
        "invoice_id": invoice["id"],
        "transaction_id": payment["id"],
        "subscription_id": subscription["id"],
    }


def request_for(operation_id: str, ids: dict[str, int]) -> tuple[str, str, dict[str, Any] | None]:
    op = OPERATIONS[operation_id]
    path = op.path.format(**ids)
    body = BODIES.get(operation_id)
    if body is not None:
        body = {k: ids[v[1:-1]] if isinstance(v, str) and v.startswith("{") else v for k, v in body.items()}
    return op.method.upper(), path, body


def test_every_operation_is_covered() -> None:
    with_bodies = {op_id for op_id, op in OPERATIONS.items() if op.request_body is not None}
    assert with_bodies <= set(BODIES)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_another_key_never_sees_or_touches_objects(
    sandbox: RunningSandbox,
    client: SpecCheckedClient,
    other: SpecCheckedClient,
    world: dict[str, int],
    operation_id: str,
) -> None:
    method, path, body = request_for(operation_id, world)
    before = database_digest(sandbox.db_path)
    answer = other.request(method, path, json=body)
    op = OPERATIONS[operation_id]
    if "{" in op.path:
        assert answer.status_code == 404, answer.text
        assert database_digest(sandbox.db_path) == before
    elif operation_id in FOREIGN_REFERENCE:
        assert (answer.status_code, answer.json()["param"]) == (400, FOREIGN_REFERENCE[operation_id])
        assert database_digest(sandbox.db_path) == before
    elif op.is_list:
        assert answer.status_code == 200 and answer.json() == []
        assert answer.headers["X-Total-Count"] == "0"
    else:
        assert answer.status_code == 201
        mine = [c["id"] for c in client.get("/customers").json()]
        assert mine == [world["customer"]]


def _basic(text: str) -> str:
    return "Basic " + base64.b64encode(text.encode()).decode()


CREDENTIALS = {
    "none": None,
    "unknown key": _basic("not_a_key:"),
    "empty key": _basic(":"),
    "not base64": "Basic !!!not-base64!!!",
    "not utf-8": "Basic " + base64.b64encode(b"\xff\xfe:").decode(),
    "bearer scheme": "Bearer test_key_1",
    "digest scheme": 'Digest username="test_key_1"',
    "scheme only": "Basic",
}


@pytest.mark.parametrize("credentials", sorted(CREDENTIALS))
def test_bad_credentials_get_401_on_every_operation(
    sandbox: RunningSandbox, world: dict[str, int], credentials: str
) -> None:
    header = CREDENTIALS[credentials]
    before = database_digest(sandbox.db_path)
    with SpecCheckedClient(base_url=sandbox.base_url, timeout=30) as anonymous:
        for operation_id in OPERATIONS:
            method, path, body = request_for(operation_id, world)
            headers = {"Authorization": header} if header is not None else {}
            answer = anonymous.request(method, path, json=body, headers=headers)
            assert answer.status_code == 401, (operation_id, answer.text)
            assert answer.json()["type"] == "invalid_request"
    assert database_digest(sandbox.db_path) == before
