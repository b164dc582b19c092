"""pyproject's runtime dependencies are exactly what src/ imports; the rest is dev-only."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())
# Imported by no module, loaded by one: uvicorn picks these up when they are installed.
LOADED_BY_UVICORN = {"httptools", "uvloop"}


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert match, requirement
    return match.group(0).lower().replace("_", "-")


def _imported_distributions() -> set[str]:
    ours = {path.name for path in SRC.iterdir() if (path / "__init__.py").exists()}
    by_module = importlib.metadata.packages_distributions()
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in ours or top in sys.stdlib_module_names:
                    continue
                assert top in by_module, f"{path.relative_to(ROOT)} imports {top}, which no installed package provides"
                found.update(dist.lower().replace("_", "-") for dist in by_module[top])
    return found


def test_runtime_dependencies_are_what_src_imports() -> None:
    declared = {_name(requirement) for requirement in PYPROJECT["project"]["dependencies"]}
    imported = _imported_distributions()
    assert imported - declared == set(), "imported by src/ but not a runtime dependency"
    assert declared - imported - LOADED_BY_UVICORN == set(), "a runtime dependency that src/ does not import"


def test_dev_dependencies_are_not_runtime_ones_too() -> None:
    runtime = {_name(requirement) for requirement in PYPROJECT["project"]["dependencies"]}
    dev = {_name(requirement) for requirement in PYPROJECT["project"]["optional-dependencies"]["dev"]}
    assert runtime & dev == set()
