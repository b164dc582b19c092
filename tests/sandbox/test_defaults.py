"""Defaults come from the spec's `default:` keywords, filled in by the request parser; none is written in code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from invoiced_spec import build_defaults, limits, load_spec
from tests.fixtures.sandbox import SpecCheckedClient
from tests.fixtures.scenario import created, make_customer, make_invoice, ok

SPEC = load_spec()
SANDBOX = Path(__file__).resolve().parents[2] / "src" / "invoiced_sandbox"


def test_a_new_customer_gets_the_spec_defaults_and_an_update_keeps_what_it_does_not_name(
    client: SpecCheckedClient,
) -> None:
    customer = make_customer(client)
    assert (customer["type"], customer["collection_mode"], customer["country"]) == ("company", "manual", "US")
    person = make_customer(client, type="person", country="CA")
    changed = ok(client.patch(f"/customers/{person['id']}", json={"name": "Renamed"}))
    assert (changed["type"], changed["country"]) == ("person", "CA")


def test_nested_defaults_are_filled_inside_what_was_sent_only(client: SpecCheckedClient) -> None:
    customer = make_customer(client)["id"]
    invoice = make_invoice(client, customer, items=[{"name": "Paper", "unit_cost": 3}])
    assert (invoice["currency"], invoice["draft"], invoice["items"][0]["quantity"]) == ("usd", False, 1)
    payment = created(client.post("/transactions", json={"customer": customer, "type": "payment", "amount": 2}))
    assert (payment["method"], payment["status"], payment["fee"], payment["currency"]) == (
        "other",
        "succeeded",
        0,
        "usd",
    )
    listed = client.get("/customers", params={"per_page": 1})
    assert "per_page=1" in listed.headers["Link"] and len(ok(listed)) == 1


def test_build_defaults_never_creates_an_object() -> None:
    fill = build_defaults(SPEC, {"$ref": "#/components/schemas/InvoiceCreate"})
    filled = fill({"customer": 1})
    assert "items" not in filled and filled["currency"] == "usd"
    assert fill({"customer": 1, "items": [{"name": "a"}]})["items"] == [{"name": "a", "quantity": 1}]


# Literals that are spec facts: defaults and limits. Each must be found only in the spec.
_FACTS = [
    r'"usd"', r'"company"', r'"manual"', r'"US"', r'"other"', r"\bper_page\b[^\n]*\b100\b",
    r"1024 \* 1024", r"\b1048576\b", r"253402300799", r'"id asc"',
]  # fmt: skip


@pytest.mark.parametrize("pattern", _FACTS)
def test_no_spec_fact_is_written_in_the_sandbox(pattern: str) -> None:
    found = [
        f"{path.relative_to(SANDBOX)}:{n}"
        for path in sorted(SANDBOX.rglob("*.py"))
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if re.search(pattern, line)
    ]
    assert not found, f"{pattern} is restated in {found}"


def test_every_limit_the_sandbox_enforces_is_in_the_spec() -> None:
    assert {"bodyBytes", "nestingDepth", "headerBytes", "headerTimeout", "bodyTimeout", "keepAliveTimeout"} <= set(
        limits(SPEC)
    )
