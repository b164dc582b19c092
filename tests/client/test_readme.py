"""The client README's recipes run, in order, on the sandbox; its table lists every method."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from invoiced_spec import load_spec, operations
from tests.fixtures.recipes import run_recipes
from tests.fixtures.sandbox import RunningSandbox

README = Path(__file__).resolve().parents[2] / "generated" / "invoiced-client" / "README.md"


def test_the_recipes_run_on_the_sandbox(sandbox: RunningSandbox) -> None:
    namespace = run_recipes(README, sandbox.base_url, sandbox.api_key)
    assert namespace["refund"] is not None and namespace["again"] is not None


def test_the_table_names_every_method_and_its_operation() -> None:
    text = README.read_text()
    for operation in operations(load_spec()):
        assert f"`{operation.method.upper()} {operation.path}`" in text
        assert f"#{operation.operation_id})" in text
    for row in re.findall(r"^\| `client\.(\w+)\.(\w+)\(", text, flags=re.MULTILINE):
        module = importlib.import_module(f"invoiced_client.resources.{row[0]}")
        assert row[1] in module.OPERATIONS
