"""@hey-api/openapi-ts: its types, SDK and zod schemas compile under `tsc --strict`, the zod schemas
accept every example in the spec, and the SDK sends `filter` as filter[key]=value to a real sandbox
while the zod schemas check each request and response."""

from __future__ import annotations

import copy
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from invoiced_spec import SPEC_PATH, build_defaults, load_spec
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.portability.examples import Example, examples
from tests.portability.tools import HERE, cached, node_tool, run

# tsc over the generated SDK and zod schemas takes some 10 s.
pytestmark = pytest.mark.slow

PROJECT = HERE / "hey-api"
SPEC = load_spec()

# As a team would configure it for a Node service: the fetch client, the types, zod schemas, and an
# SDK that checks each request and response with them. `.js` in the imports lets the output run as
# ES modules under Node.
_CONFIG = {
    "output": {"path": "generated", "importFileExtension": ".js"},
    "plugins": ["@hey-api/client-fetch", "@hey-api/typescript", "zod", {"name": "@hey-api/sdk", "validator": True}],
}


def _generate(target: Path) -> None:
    target.mkdir(parents=True)
    config = target / "openapi-ts.config.mjs"
    config.write_text(f"export default {json.dumps(_CONFIG)};\n", encoding="utf-8")
    done = run([node_tool("openapi-ts"), "-f", str(config), "-i", str(SPEC_PATH)], cwd=target)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]


@pytest.fixture(scope="module")
def generated() -> Path:
    return cached("hey-api-openapi-ts", _generate) / "generated"


@pytest.fixture(scope="module")
def compiled(generated: Path) -> Path:
    """client.ts, examples.ts and the generated code, compiled with the project's tsconfig (strict)."""
    shutil.rmtree(PROJECT / "generated", ignore_errors=True)
    shutil.copytree(generated, PROJECT / "generated")
    shutil.rmtree(PROJECT / "dist", ignore_errors=True)
    done = run([node_tool("tsc"), "-p", str(PROJECT)])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return PROJECT / "dist"


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    with serve_sandbox(tmp_path_factory.mktemp("sandbox") / "sandbox.db") as running:
        yield running


def test_tsconfig_is_strict() -> None:
    tsconfig = json.loads((PROJECT / "tsconfig.json").read_text(encoding="utf-8"))
    assert tsconfig["compilerOptions"]["strict"] is True and tsconfig["compilerOptions"]["skipLibCheck"] is False
    assert {"client.ts", "examples.ts", "generated/**/*.ts"} <= set(tsconfig["include"])


def test_every_schema_keeps_its_name(generated: Path) -> None:
    types = (generated / "types.gen.ts").read_text(encoding="utf-8")
    zod = (generated / "zod.gen.ts").read_text(encoding="utf-8")
    for name in SPEC["components"]["schemas"]:
        assert re.search(rf"^export type {name} =", types, flags=re.MULTILINE), name
        assert re.search(rf"^export const z{name} =", zod, flags=re.MULTILINE), name


def _run_examples(compiled: Path, tmp_path: Path, given: list[Example]) -> dict[str, dict[str, Any]]:
    path = tmp_path / "examples.json"
    path.write_text(json.dumps([asdict(example) for example in given]), encoding="utf-8")
    done = run(["node", str(compiled / "examples.js"), str(path)], timeout=120)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return {result["where"]: result for result in json.loads(done.stdout)}


def test_zod_schemas_accept_every_example(compiled: Path, tmp_path: Path) -> None:
    given = examples()
    results = _run_examples(compiled, tmp_path, given)
    for example in given:
        result = results[example.where]
        assert result.get("issues") == [], (example.where, result)
        # zod fills in the spec's defaults; nothing else may change (int64s come back as numbers).
        fill = build_defaults(SPEC, {"$ref": f"#/components/schemas/{example.schema}"})
        assert result["parsed"] == fill(example.value), example.where


def test_zod_schemas_refuse_what_the_spec_refuses(compiled: Path, tmp_path: Path) -> None:
    invoice = next(e for e in examples() if e.schema == "Invoice")
    wrong: dict[str, Any] = {
        "status": "bogus",
        "currency": "USD",
        "attempt_count": -1,
        "id": 0,
        "items": [{"quantity": "one"}],
    }
    given = []
    for field, value in wrong.items():
        changed = copy.deepcopy(invoice.value)
        changed[field] = value
        given.append(Example("Invoice", changed, f"{invoice.where} with {field}={value!r}"))
    missing = copy.deepcopy(invoice.value)
    del missing["number"]
    given.append(Example("Invoice", missing, f"{invoice.where} without number"))
    results = _run_examples(compiled, tmp_path, given)
    for example in given:
        assert results[example.where].get("issues"), example.where


def test_sdk_filters_in_brackets_and_checks_with_zod(compiled: Path, sandbox: RunningSandbox) -> None:
    done = run(["node", str(compiled / "client.js"), sandbox.base_url, sandbox.api_key], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    found = json.loads(done.stdout)
    # Every response above passed the SDK's zod response validator, or the call would have failed.
    assert found["listed"] == [found["wanted"]] and found["statuses"] == ["not_sent"]
    assert "filter[customer]=" in found["url"] and "filter[paid]=false" in found["url"], found["url"]
    assert found["refused"]["status"] == 400 and found["refused"]["param"] == "filter[bogus]", found["refused"]
    assert found["invalid"] == {"sent": False, "issues": ["query.per_page"]}
