"""Conventions of the test tree that nothing else would catch."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).parent
RUNNER = TESTS / "fixtures" / "servers.py"


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(), str(path))) for path in sorted(TESTS.rglob("*.py"))]


def test_no_module_imports_a_conftest() -> None:
    # Fixtures reach tests through pytest; shared helpers live in modules of their own.
    found = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "conftest":
                found.append(f"{path.relative_to(TESTS)}:{node.lineno}")
    assert not found, found


def test_servers_start_only_through_the_one_runner() -> None:
    found = []
    for path, tree in _modules():
        if path == RUNNER:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "free_port":
                found.append(f"{path.relative_to(TESTS)}:{node.lineno}: def free_port")
            if isinstance(node, ast.Attribute) and node.attr == "Server" and getattr(node.value, "id", "") == "uvicorn":
                found.append(f"{path.relative_to(TESTS)}:{node.lineno}: uvicorn.Server")
    assert not found, found
