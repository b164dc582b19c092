"""Every curl and Python sample, run against a fresh sandbox, does what the spec says it does.

Samples use the spec's example IDs (customer 15444, invoice 46225, ...). Before a sample runs, the
objects it needs are created in the sandbox, and each example ID is replaced with the ID of the
object of the same kind. Which kind an example ID stands for is read from the spec: a path
parameter `customer_id`, or a body attribute `customer` that holds an `Id`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from invoiced_docs import resources, samples, success_response
from invoiced_docs._calls import call_for
from invoiced_docs._schema import ref_name
from invoiced_spec import Operation, load_spec, resolve
from tests.fixtures.sandbox import RunningSandbox, check_response

SPEC = load_spec()
SERVER = SPEC["servers"][0]["url"]
CASES = [(resource, operation) for resource in resources(SPEC) for operation in resource.operations]
IDS = [operation.operation_id for _, operation in CASES]


def _world(sandbox: RunningSandbox) -> dict[str, int]:
    """One object of each kind, set up so that every sample can act on it.

    The invoice is collected automatically from a customer with a card, so it can be paid; the
    payment leaves a balance to pay and is large enough for the sample's partial refund.
    """
    with sandbox.client() as client:
        customer = client.post(
            "/customers", json={"name": "Sample Co", "email": "billing@example.com", "stripe_token": "tok_visa"}
        ).json()
        invoice = client.post(
            "/invoices",
            json={
                "customer": customer["id"],
                "collection_mode": "auto",
                "items": [{"name": "Widget", "unit_cost": 1000}],
            },
        ).json()
        transaction = client.post(
            "/transactions", json={"invoice": invoice["id"], "type": "payment", "method": "check", "amount": 800}
        ).json()
        subscription = client.post("/subscriptions", json={"customer": customer["id"], "plan": "starter"}).json()
    return {
        "customer": customer["id"],
        "invoice": invoice["id"],
        "transaction": transaction["id"],
        "subscription": subscription["id"],
    }


def _example_ids(resource: Any, operation: Operation) -> dict[Any, str]:
    """Example ID value → the kind of object it names, for the IDs this operation's sample uses."""
    call = call_for(SPEC, operation, resource)
    found: dict[Any, str] = {}
    for name, value in call.path_values.items():
        found[value] = name.removesuffix("_id")
    properties = resolve(SPEC, call.body_schema or {}).get("properties", {})
    for name, value in (call.body or {}).items():
        if ref_name(properties.get(name)) == "Id":
            found[value] = name
    return found


def _substitute(source: str, replacements: dict[Any, int]) -> str:
    for example, real in replacements.items():
        source, count = re.subn(rf"\b{re.escape(str(example))}\b", str(real), source)
        assert count, f"example ID {example} does not appear in the sample"
    return source


def _prepare(sandbox: RunningSandbox, resource: Any, operation: Operation, language: str) -> str:
    world = _world(sandbox)
    replacements = {example: world[kind] for example, kind in _example_ids(resource, operation).items()}
    return _substitute(samples(SPEC, operation, resource)[language], replacements)


@pytest.mark.parametrize(("resource", "operation"), CASES, ids=IDS)
def test_curl_sample_succeeds(sandbox: RunningSandbox, resource: Any, operation: Operation, tmp_path: Path) -> None:
    source = _prepare(sandbox, resource, operation, "Shell")
    assert SERVER in source and "{API_KEY}" in source
    source = source.replace(SERVER, sandbox.base_url).replace("{API_KEY}", sandbox.api_key)
    headers, body = tmp_path / "headers", tmp_path / "body"
    command = (
        f"{source} \\\n  --silent --show-error --dump-header {headers} --output {body} --write-out '%{{http_code}}'"
    )
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr

    expected, _ = success_response(operation)
    assert result.stdout == expected, f"{result.stdout}: {body.read_text()}\n{source}"
    # Answer and headers are checked against the spec, as for any request to the sandbox.
    lines = headers.read_text().splitlines()[1:]
    response = httpx.Response(
        int(result.stdout),
        headers=[(name, value) for name, _, value in (line.partition(": ") for line in lines) if value],
        content=body.read_bytes(),
        request=httpx.Request(operation.method.upper(), sandbox.base_url + _path_of(source)),
    )
    check_response(response)


def _path_of(source: str) -> str:
    match = re.search(r'curl "https?://[^/"]+(/[^"?]*)', source)
    assert match, source
    return match.group(1)


@pytest.mark.parametrize(("resource", "operation"), CASES, ids=IDS)
def test_python_sample_succeeds(sandbox: RunningSandbox, resource: Any, operation: Operation) -> None:
    source = _prepare(sandbox, resource, operation, "Python")
    construction = 'InvoicedClient("{API_KEY}")'
    assert construction in source
    # The sample talks to production by default; here it is pointed at the sandbox.
    source = source.replace(construction, f'InvoicedClient("{sandbox.api_key}", base_url="{sandbox.base_url}")')
    call = call_for(SPEC, operation, resource)
    variable = call.result or (None if call.kind == "delete" else call.instance)
    if variable:
        # The generated client raises on any error answer, so reaching the end means success;
        # printing the result's type also shows the body was parsed into the right model.
        source += f"\nprint(type({variable}).__name__)"
    result = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{result.stderr}\n{source}"
    if variable:
        _, response = success_response(operation)
        schema = response["content"]["application/json"]["schema"]
        expected = "list" if resolve(SPEC, schema).get("type") == "array" else ref_name(schema)
        assert result.stdout.strip() == expected
