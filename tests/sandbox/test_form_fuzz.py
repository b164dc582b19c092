"""Hypothesis fuzzing of form bodies over HTTP: parser, spec validation and handlers together.

Keys are bracket paths derived from the spec's request schemas (plus noise), values are
arbitrary text, and the body may be any bytes. Every answer must be a 2xx or a 4xx
Error object (never a 500), and a 4xx must leave the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from invoiced_spec import load_spec, operations, resolve
from tests.fixtures.sandbox import RunningSandbox, SpecCheckedClient, serve_sandbox
from tests.fixtures.scenario import created, database_digest, make_customer, make_invoice

SPEC = load_spec()
FORM = "application/x-www-form-urlencoded"
# Operations whose form bodies are fuzzed; {c} and {i} become an existing customer and invoice.
FUZZED: dict[str, dict[str, Any]] = {
    "createCustomer": {},
    "updateCustomer": {},
    "createInvoice": {},
    "updateInvoice": {},
}


def _paths(schema: dict[str, Any], prefix: str, depth: int) -> Iterator[str]:
    """Every bracket key a form body could use for `schema` (`items[0][taxes][0][amount]`)."""
    schema = resolve(SPEC, schema)
    for part in schema.get("allOf", []) + schema.get("oneOf", []) + schema.get("anyOf", []):
        yield from _paths(part, prefix, depth)
    if depth > 4:
        return
    for name, child in schema.get("properties", {}).items():
        key = f"{prefix}[{name}]" if prefix else name
        yield key
        yield from _paths(child, key, depth + 1)
    if "items" in schema and prefix:
        yield f"{prefix}[0]"
        yield from _paths(schema["items"], f"{prefix}[0]", depth + 1)


def _form_operations() -> dict[str, tuple[str, str, list[str]]]:
    found = {}
    for op in operations(SPEC):
        if op.operation_id not in FUZZED or op.request_body is None:
            continue
        content = resolve(SPEC, op.request_body).get("content", {})
        schema = content.get(FORM, {}).get("schema")
        assert schema is not None, f"{op.operation_id} declares no form body"
        path = op.path.replace("{customer_id}", "{c}").replace("{invoice_id}", "{i}")
        found[op.operation_id] = (op.method.upper(), path, sorted(set(_paths(schema, "", 0))))
    return found


OPERATIONS = _form_operations()

_noise_key = st.text(alphabet="ab[]01 %=&", min_size=1, max_size=12)
_value = st.one_of(
    st.text(max_size=20),
    st.sampled_from(["0", "-1", "1e999", "99999999999999999999", "true", "NaN", "", "tok_visa", "delivery"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


def _encode(pairs: list[tuple[str, str]]) -> bytes:
    # Brackets stay literal, as curl sends them; everything else is percent-encoded.
    return "&".join(f"{quote(k, safe='[]')}={quote(v)}" for k, v in pairs).encode()


def _bodies(keys: list[str], base: list[tuple[str, str]]) -> st.SearchStrategy[bytes]:
    pair = st.tuples(st.one_of(st.sampled_from(keys), _noise_key), _value)
    # Half the bodies start from a valid one, so the fuzzed pairs also reach the handlers.
    start = st.sampled_from([[], base])
    fuzzed = st.tuples(start, st.lists(pair, max_size=6)).map(lambda parts: _encode(parts[0] + parts[1]))
    return st.one_of(fuzzed, st.binary(max_size=120))


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[RunningSandbox, SpecCheckedClient, dict[str, int]]]:
    # Module-scoped: hypothesis runs many examples against one server.
    with (
        TemporaryDirectory() as scratch,
        serve_sandbox(Path(scratch) / "fuzz.db") as running,
        running.client() as client,
    ):
        customer = make_customer(client)["id"]
        invoice = make_invoice(client, customer)["id"]
        created(client.post("/transactions", json={"invoice": invoice, "type": "payment", "amount": 1}))
        yield running, client, {"c": customer, "i": invoice}


def test_every_fuzzed_operation_has_form_keys() -> None:
    assert set(OPERATIONS) == set(FUZZED)
    assert all(keys for _, _, keys in OPERATIONS.values())


@pytest.mark.parametrize("operation_id", sorted(FUZZED))
def test_fuzzed_form_bodies_get_2xx_or_a_4xx_that_changes_nothing(
    world: tuple[RunningSandbox, SpecCheckedClient, dict[str, int]], operation_id: str
) -> None:
    running, client, ids = world
    method, template, keys = OPERATIONS[operation_id]
    path = template.format(**ids) if "{" in template else template
    base = [("name", "Fuzz")] if operation_id == "createCustomer" else []
    base += [("customer", str(ids["c"]))] if operation_id == "createInvoice" else []
    base += [("notes", "fuzz")] if operation_id.startswith("update") else []

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(body=_bodies(keys, base))
    def check(body: bytes) -> None:
        before = database_digest(running.db_path)
        # SpecCheckedClient asserts the status is one the spec declares and the body matches it.
        answer = client.request(method, path, content=body, headers={"content-type": FORM})
        event(f"status {answer.status_code}")
        assert answer.status_code < 500, answer.text
        if answer.status_code >= 400:
            error = answer.json()
            assert set(error) >= {"type", "message", "param"}, error
            assert database_digest(running.db_path) == before, f"{answer.status_code} {error} changed the database"

    check()
