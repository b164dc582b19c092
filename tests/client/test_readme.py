"""The client README's recipes run, in order, on the sandbox; its table lists every method."""

from __future__ import annotations

import importlib
import re
import textwrap
from pathlib import Path

from invoiced_client import InvoicedClient

from invoiced_spec import load_spec, operations
from tests.fixtures.sandbox import RunningSandbox

README = Path(__file__).resolve().parents[2] / "generated" / "invoiced-client" / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


def test_the_recipes_run_on_the_sandbox(sandbox: RunningSandbox) -> None:
    namespace: dict[str, object] = {}
    for block in _python_blocks():
        source = block.replace('"YOUR_API_KEY"', f'"{sandbox.api_key}", base_url="{sandbox.base_url}"')
        source = source.replace(', base_url="http://127.0.0.1:8000"', "")
        if "async " in source or "await " in source:
            wrapped = textwrap.indent(source, "    ")
            source = f"import asyncio\nasync def _main():\n{wrapped}\nasyncio.run(_main())\n"
        exec(compile(source, str(README), "exec"), namespace)
    assert namespace["refund"] is not None and namespace["again"] is not None
    for value in namespace.values():
        if isinstance(value, InvoicedClient):
            value.close()


def test_the_table_names_every_method_and_its_operation() -> None:
    text = README.read_text()
    for operation in operations(load_spec()):
        assert f"`{operation.method.upper()} {operation.path}`" in text
        assert f"#{operation.operation_id})" in text
    for row in re.findall(r"^\| `client\.(\w+)\.(\w+)\(", text, flags=re.MULTILINE):
        module = importlib.import_module(f"invoiced_client.resources.{row[0]}")
        assert row[1] in module.OPERATIONS
