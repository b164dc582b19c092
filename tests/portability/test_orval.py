"""orval's fetch client compiles under `tsc --strict` and sends `filter` as filter[key]=value to a real
sandbox, through the custom fetch (orval's `mutator`) that gives it a base URL and the API key."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from invoiced_spec import SPEC_PATH
from tests.fixtures.sandbox import RunningSandbox, serve_sandbox
from tests.portability.tools import HERE, node_tool, run

# orval and then tsc over some 4,000 generated lines: about 20 s.
pytestmark = pytest.mark.slow

PROJECT = HERE / "orval"


def _config() -> dict[str, object]:
    # Generated straight into the project, not cached by spec: the output imports fetcher.ts, and
    # orval reads that file to decide how it is called.
    output = {
        "target": str(PROJECT / "generated" / "invoiced.ts"),
        "client": "fetch",
        "mode": "single",
        "override": {"mutator": {"path": str(PROJECT / "fetcher.ts"), "name": "customFetch"}},
    }
    return {"invoiced": {"input": {"target": str(SPEC_PATH)}, "output": output}}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    config = tmp_path_factory.mktemp("orval") / "orval.config.mjs"
    config.write_text(f"export default {json.dumps(_config())};\n", encoding="utf-8")
    shutil.rmtree(PROJECT / "generated", ignore_errors=True)
    done = run([node_tool("orval"), "--config", str(config)])
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
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
    assert "generated/**/*.ts" in tsconfig["include"]


def test_types_keep_the_spec_s_names(compiled: Path) -> None:
    types = (PROJECT / "generated" / "invoiced.ts").read_text(encoding="utf-8")
    for name in ("ErrorObject", "InvoiceStatus", "SubscriptionStatus", "TransactionType", "InvoiceFilter"):
        assert re.search(rf"^export (type|interface) {name}\b", types, flags=re.MULTILINE), name


def test_fetch_client_filters_in_brackets(compiled: Path, sandbox: RunningSandbox) -> None:
    done = run(["node", str(compiled / "client.js"), sandbox.base_url, sandbox.api_key], timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    found = json.loads(done.stdout)
    assert found["listed"] == [found["wanted"]] and found["statuses"] == ["not_sent"]
    assert "filter[customer]=" in found["url"] and "filter[paid]=false" in found["url"], found["url"]
    assert found["refused"] == {"status": 400, "param": "filter[bogus]"}
