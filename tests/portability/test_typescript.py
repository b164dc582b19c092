"""openapi-typescript's types of the spec compile under `tsc --strict`, and an openapi-fetch client built on them
sends `filter` as filter[key]=value to a real sandbox."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoiced_spec import SPEC_PATH, cross_field_rules, load_spec
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.portability.tools import HERE, cached, node_tool, run

PROJECT = HERE / "typescript"


def _generate(target: Path) -> None:
    target.mkdir(parents=True)
    # A field with a `default` is one the caller may leave out (the server fills it in); openapi-typescript
    # would otherwise make it required in every type, request bodies included (spec/DECISIONS.md).
    command = [node_tool("openapi-typescript"), str(SPEC_PATH), "--default-non-nullable", "false"]
    done = run([*command, "-o", str(target / "schema.d.ts")])
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture(scope="module")
def compiled() -> Path:
    """client.mts and the generated types, compiled with the project's tsconfig (strict)."""
    generated = PROJECT / "generated"
    shutil.rmtree(generated, ignore_errors=True)
    shutil.copytree(cached("openapi-typescript", _generate), generated)
    shutil.rmtree(PROJECT / "dist", ignore_errors=True)
    done = run([node_tool("tsc"), "-p", str(PROJECT)])
    assert done.returncode == 0, done.stdout + done.stderr
    return PROJECT / "dist" / "client.mjs"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db") as running:
        yield running


def test_tsconfig_is_strict() -> None:
    options = json.loads((PROJECT / "tsconfig.json").read_text(encoding="utf-8"))["compilerOptions"]
    assert options["strict"] is True and options["skipLibCheck"] is False


def test_generated_types_name_each_schema() -> None:
    types = (cached("openapi-typescript", _generate) / "schema.d.ts").read_text(encoding="utf-8")
    for name in ("ErrorObject", "InvoiceStatus", "SubscriptionStatus", "TransactionType", "TransactionStatus"):
        assert f"    {name}: " in types, name
    # Formats reach the types' documentation; every ID stays a number.
    assert "Format: int64" in types and "Format: double" in types


def test_cross_field_rules_reach_the_types_docs() -> None:
    # TypeScript types cannot hold them, so the JSDoc over each type says how the server answers a breach.
    types = (cached("openapi-typescript", _generate) / "schema.d.ts").read_text(encoding="utf-8")
    ruled = [name for name, schema in load_spec()["components"]["schemas"].items() if cross_field_rules(schema)]
    assert ruled
    for name in ruled:
        found = re.search(r"/\*\*((?:(?!\*/).)*)\*/\s*" + name + r": \{", types, flags=re.DOTALL)
        assert found and "answered `400`" in found.group(1), name


@pytest.mark.slow
def test_openapi_fetch_client_compiles_and_filters_in_brackets(compiled: Path, sandbox: RunningSandbox) -> None:
    done = run(["node", str(compiled), sandbox.base_url, sandbox.api_key], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    found = json.loads(done.stdout)
    assert found["listed"] == [found["wanted"]] and found["statuses"] == ["not_sent"]
    assert "filter[customer]=" in found["url"] and "filter[paid]=false" in found["url"], found["url"]
    assert found["refused"] == {"status": 400, "param": "filter[bogus]"}
