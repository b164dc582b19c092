"""The spec's x-crossFieldRules: the sandbox enforces each one as the schema descriptions promise, read from the spec.

Each rule lives outside its schema's keywords (so code generators read plain
models), and a client that ignores it must still get a 400 naming the field,
with nothing changed, whether it sent JSON or a form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from invoiced_spec import SPEC_PATH, cross_field_rules, load_spec, resolve
from tests.fixtures.processes import database_args, sandbox_process
from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice

SPEC = load_spec()


def _rules(name: str) -> list[dict[str, Any]]:
    return cross_field_rules(resolve(SPEC, {"$ref": f"#/components/schemas/{name}"}))


def _refused(client: SpecCheckedClient, db_path: str, path: str, param: str, **kwargs: Any) -> None:
    before = database_digest(db_path)
    answer = client.post(path, **kwargs)
    assert answer.status_code == 400, answer.text
    assert answer.json()["type"] == "invalid_request"
    assert answer.json()["param"] == param, answer.json()
    assert database_digest(db_path) == before


def test_the_spec_states_each_rule_outside_the_schemas_keywords() -> None:
    for name in ("TransactionCreate", "LineItemInput"):
        schema = resolve(SPEC, {"$ref": f"#/components/schemas/{name}"})
        assert _rules(name), name
        assert not {"allOf", "anyOf", "oneOf", "if", "then"} & set(schema), name
        # The description tells a client that ignores the rule how it is answered.
        assert "`400`" in schema["description"] and "x-crossFieldRules" in schema["description"], name
    assert any("anyOf" in rule for rule in _rules("TransactionCreate"))
    assert any("if" in rule for rule in _rules("TransactionCreate"))
    assert any("anyOf" in rule for rule in _rules("LineItemInput"))


def test_a_transaction_needs_a_customer_or_an_invoice(client: SpecCheckedClient, sandbox: Any) -> None:
    _refused(client, sandbox.db_path, "/transactions", "customer", json={"type": "payment", "amount": 5})
    _refused(client, sandbox.db_path, "/transactions", "customer", data={"type": "payment", "amount": "5"})
    customer = make_customer(client)
    invoice = make_invoice(client, customer["id"])
    assert created(client.post("/transactions", json={"customer": customer["id"], "type": "adjustment", "amount": -5}))
    paid = created(client.post("/transactions", json={"invoice": invoice["id"], "type": "payment", "amount": 5}))
    assert paid["customer"] == customer["id"]


@pytest.mark.parametrize("kind", ["charge", "payment", "refund"])
def test_money_moving_transactions_move_at_least_a_cent(kind: str, client: SpecCheckedClient, sandbox: Any) -> None:
    customer = make_customer(client)["id"]
    for amount in (0, 0.001, -5):
        body = {"customer": customer, "type": kind, "amount": amount}
        _refused(client, sandbox.db_path, "/transactions", "amount", json=body)
    form = {"customer": str(customer), "type": kind, "amount": "0"}
    _refused(client, sandbox.db_path, "/transactions", "amount", data=form)
    assert created(client.post("/transactions", json={"customer": customer, "type": kind, "amount": 0.01}))


def test_an_adjustment_may_be_zero_or_negative(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    for amount in (0, -20):
        body = {"customer": customer, "type": "adjustment", "amount": amount}
        assert created(client.post("/transactions", json=body))


def test_a_line_item_needs_a_name_or_a_catalog_item(client: SpecCheckedClient, sandbox: Any) -> None:
    customer = make_customer(client)["id"]
    nameless = {"customer": customer, "items": [{"name": "Paper"}, {"quantity": 2, "unit_cost": 5}]}
    _refused(client, sandbox.db_path, "/invoices", "items[1][name]", json=nameless)
    form = {"customer": str(customer), "items[0][quantity]": "2"}
    _refused(client, sandbox.db_path, "/invoices", "items[0][name]", data=form)
    invoice = created(client.post("/invoices", json={"customer": customer, "items": [{"catalog_item": "delivery"}]}))
    assert invoice["items"][0]["name"] == "Delivery"


def test_the_rules_are_read_from_the_spec(tmp_path: Path) -> None:
    # A copy of the spec with a larger least amount: the sandbox started on it enforces that one.
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    rules = spec["components"]["schemas"]["TransactionCreate"]["x-crossFieldRules"]
    least = next(rule for rule in rules if "if" in rule)
    least["then"]["properties"]["amount"]["minimum"] = 1
    copy = tmp_path / "openapi.yaml"
    copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    args = database_args(tmp_path / "sandbox.db", "rules_key")
    with (
        sandbox_process(args, env={"INVOICED_SPEC": str(copy)}) as running,
        httpx.Client(base_url=running.base_url, auth=("rules_key", ""), timeout=30) as raw,
    ):
        customer = raw.post("/customers", json={"name": "Acme"}).json()["id"]
        below = raw.post("/transactions", json={"customer": customer, "type": "payment", "amount": 0.5})
        assert below.status_code == 400 and below.json()["param"] == "amount", below.text
        at = raw.post("/transactions", json={"customer": customer, "type": "payment", "amount": 1})
        assert at.status_code == 201, at.text
