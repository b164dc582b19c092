"""The integration of issue #13, sync and async, on the real sandbox; and how long it is."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path

from tests.client.integration import integrate, integrate_async
from tests.fixtures.sandbox import RunningSandbox

SOURCE = Path(__file__).with_name("integration.py")

EXPECTED = [
    # The invoice: 2 x 45 of paper and a catalog delivery of 10, less 5, plus 3.85 of tax.
    "INV-0001 Acme 98.85",
    "250 customers, 250 paged",
    "paid 20 + 78.85: paid; refunded 10",
    "subscription starter active, cancelled",
    "404 No such customer: 987654321",
    "400 currency",
    "401 invalid_request",
]


def test_the_integration_runs_on_the_sandbox(sandbox: RunningSandbox) -> None:
    assert integrate(sandbox.api_key, sandbox.base_url) == EXPECTED


def test_the_async_integration_runs_on_the_sandbox(sandbox: RunningSandbox) -> None:
    assert asyncio.run(integrate_async(sandbox.api_key, sandbox.base_url)) == EXPECTED


def sync_size() -> tuple[int, int]:
    """(code lines, imported names) of the sync integration: imports and the function, blank lines left out."""
    text = SOURCE.read_text()
    body = text.split("# --- sync: begin\n", 1)[1].split("# --- sync: end", 1)[0]
    tree = ast.parse(text)
    used = {node.id for node in ast.walk(ast.parse(body)) if isinstance(node, ast.Name)}
    imported = [
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module == "invoiced_client"
        for alias in node.names
        if (alias.asname or alias.name) in used
    ]
    lines = [line for line in body.splitlines() if line.strip() and not line.strip().startswith("#")]
    return len(lines) + 1, len(imported)  # + the import line


def test_the_integration_is_short() -> None:
    """The issue measured 73 lines and 30 names before, 51 and 3 with the official `invoiced` 0.3.0."""
    lines, names = sync_size()
    print(f"sync integration: {lines} lines, {names} imported names")
    assert names <= 4
    assert lines <= 51
