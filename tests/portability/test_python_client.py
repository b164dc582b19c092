"""openapi-generator's `python` client: generated from the spec, imported, every example round-tripped, filters sent.

The client is generated with the generator's default package name,
`openapi_client`, so that the serializer the spec's Filtering section gives
its users runs here exactly as printed.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from invoiced_spec import SPEC_PATH, build_defaults, cross_field_rules, load_spec, operations, resolve
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.portability.examples import Example, examples
from tests.portability.tools import cached, python_tool, run

# openapi-generator (a JVM) generates a whole package first: some 25 s.
pytestmark = pytest.mark.slow

SPEC = load_spec()
# The generator makes models of object schemas only; an ID or an amount is a plain int or float.
EXAMPLES = [e for e in examples() if SPEC["components"]["schemas"][e.schema].get("type") == "object"]


def _generate(target: Path) -> None:
    command = [python_tool("openapi-generator-cli"), "generate", "-g", "python", "-i", str(SPEC_PATH)]
    done = run([*command, "-o", str(target), "--package-name", "openapi_client"])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


@pytest.fixture(scope="module")
def client_package() -> Iterator[ModuleType]:
    root = cached("openapi-generator-python", _generate)
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("openapi_client")
    finally:
        sys.path.remove(str(root))


def _nullable(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    schema = resolve(spec, schema)
    declared = schema.get("type")
    if declared == "null" or (isinstance(declared, list) and "null" in declared):
        return True
    return any(_nullable(spec, branch) for branch in schema.get("oneOf", []) + schema.get("anyOf", []))


def _as_parsed(spec: dict[str, Any], schema: dict[str, Any], value: Any, nulls: bool = True) -> Any:
    """`value` as the generated models hold it: a left-out property comes back as its default (which
    means the same to the server), and, where `from_dict` set every property (`nulls`), as null where
    the schema allows null. Nothing else may change."""
    schema = resolve(spec, schema)
    if isinstance(value, list) and "items" in schema:
        return [_as_parsed(spec, schema["items"], item, nulls) for item in value]
    if not isinstance(value, dict):
        return value
    objects = [resolve(spec, b) for b in schema.get("oneOf", []) if resolve(spec, b).get("type") == "object"]
    if "properties" not in schema and objects:
        schema = objects[0]
    completed = {}
    for name, sub in schema.get("properties", {}).items():
        if name in value:
            completed[name] = _as_parsed(spec, sub, value[name], nulls)
        elif "default" in resolve(spec, sub) or "default" in sub:
            completed[name] = sub.get("default", resolve(spec, sub).get("default"))
        elif nulls and _nullable(spec, sub):
            completed[name] = None
    return completed


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            yield ref.rsplit("/", 1)[1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _request_schemas() -> set[str]:
    """Schemas a caller builds: the request bodies' and everything they are made of."""
    found: set[str] = set()
    todo = [name for op in operations(SPEC) for name in _refs(op.request_body)]
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo.extend(_refs(SPEC["components"]["schemas"][name]))
    return found


REQUEST_SCHEMAS = _request_schemas()


def test_models_carry_the_spec_s_names(client_package: ModuleType) -> None:
    models = importlib.import_module("openapi_client.models")
    for name in ("ErrorObject", "InvoiceStatus", "SubscriptionStatus", "TransactionType", "TransactionStatus"):
        assert hasattr(models, name), name
    assert not hasattr(models, "ModelError")


def test_cross_field_rules_reach_the_models_docs(client_package: ModuleType) -> None:
    models = importlib.import_module("openapi_client.models")
    ruled = [name for name, schema in SPEC["components"]["schemas"].items() if cross_field_rules(schema)]
    assert ruled
    for name in ruled:
        assert "answered `400`" in (getattr(models, name).__doc__ or ""), name


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.where for e in EXAMPLES])
def test_every_example_round_trips(client_package: ModuleType, example: Example) -> None:
    model = getattr(importlib.import_module("openapi_client.models"), example.schema)
    schema = {"$ref": f"#/components/schemas/{example.schema}"}
    if example.schema in REQUEST_SCHEMAS:
        # As a caller builds a request: validated into the model and sent as given, defaults spelt out.
        # (Request schemas are never read from a response. The generator's `from_dict` passes a field
        # that is absent as null, which would turn a `default` into an explicit null; see DECISIONS.)
        # What the server makes of the request, with the spec's defaults filled in on both sides: the
        # generator drops some defaults (a nullable `country`'s "US") and sends nothing, which the server
        # reads as the same default.
        fill = build_defaults(SPEC, schema)
        expected = fill(_as_parsed(SPEC, schema, example.value, nulls=False))
        assert fill(json.loads(model.model_validate(example.value).to_json())) == expected
    else:
        # As the client reads a response: parsed, then written back.
        assert json.loads(model.from_dict(example.value).to_json()) == _as_parsed(SPEC, schema, example.value)


def _serializer_from_the_spec() -> str:
    """The Python block of the overview's Filtering section, which users are told to copy."""
    overview = SPEC["info"]["x-overview"]
    section = overview[overview.index("# Filtering") :]
    found = re.search(r"```python\n(.*?)```", section, flags=re.DOTALL)
    assert found, "the Filtering section gives no serializer for openapi-generator's Python client"
    return found.group(1)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db") as running:
        yield running


def test_filter_goes_out_in_brackets_with_the_documented_api_client(
    client_package: ModuleType, sandbox: RunningSandbox
) -> None:
    namespace: dict[str, Any] = {}
    exec(compile(_serializer_from_the_spec(), "x-overview Filtering", "exec"), namespace)
    bracket_client = namespace["BracketQueryApiClient"]
    api = importlib.import_module("openapi_client.api")
    models = importlib.import_module("openapi_client.models")
    config = client_package.Configuration(host=sandbox.base_url, username=sandbox.api_key, password="")

    with bracket_client(config) as client:
        customers = api.CustomersApi(client)
        invoices = api.InvoicesApi(client)
        acme = customers.create_customer(models.CustomerCreate(name="Acme")).id
        other = customers.create_customer(models.CustomerCreate(name="Other")).id
        lines = [models.LineItemInput(name="Copy paper", quantity=1, unit_cost=45)]
        wanted = invoices.create_invoice(models.InvoiceCreate(customer=acme, items=lines)).id
        invoices.create_invoice(models.InvoiceCreate(customer=other, items=lines))
        found = invoices.list_invoices(filter=models.InvoiceFilter(customer=acme, paid=False))
        assert [invoice.id for invoice in found] == [wanted]

    # Without it the generator's own ApiClient sends the filter as JSON, which the server refuses.
    with client_package.ApiClient(config) as plain:
        with pytest.raises(client_package.ApiException) as refused:
            api.InvoicesApi(plain).list_invoices(filter=models.InvoiceFilter(customer=acme))
        assert refused.value.status == 400 and '"param":"filter"' in refused.value.body.replace(" ", "")
