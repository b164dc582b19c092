"""Public and private, by httpx's rule: a package's modules are private, and its `__init__` exports, in `__all__`,
everything meant for use outside it.

invoiced_contract and invoiced_docs follow the rule whole. invoiced_spec still has four public modules
(`check`, the `make spec` command, and `forms`, `money`, `naming`), and invoiced_sandbox is all public
modules; both are listed below as they are until their modules are renamed (see README, "Architecture").
The generated client's layout is the generator's. What holds for all of them: `__all__` says exactly
what the package namespace offers, and nothing outside a package's own code and its own test folder
imports its private modules.
"""

from __future__ import annotations

import ast
import importlib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("invoiced_contract", "invoiced_docs", "invoiced_spec")
# Public modules that predate the rule, kept so as not to rename them under everyone's feet.
PUBLIC_MODULES = {"invoiced_spec": {"check", "forms", "money", "naming"}}
# Whose internals each test folder may exercise directly.
OWN_TESTS = {
    "invoiced_contract": "tests/contract",
    "invoiced_docs": "tests/docs",
    "invoiced_spec": "tests/spec",
    "invoiced_sandbox": "tests/sandbox",
    "invoiced_client": "tests/client",
}


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_exactly_what_the_package_offers(name: str) -> None:
    package = importlib.import_module(name)
    offered = {
        member
        for member, value in vars(package).items()
        # Submodules appear in the namespace once anything imports them; they are not members.
        if not member.startswith("_") and not isinstance(value, types.ModuleType) and member != "annotations"
    }
    assert len(package.__all__) == len(set(package.__all__))
    assert set(package.__all__) == offered


@pytest.mark.parametrize("name", PACKAGES)
def test_only_the_listed_modules_are_public(name: str) -> None:
    folder = ROOT / "src" / name
    public = {path.stem for path in folder.glob("*.py") if not path.stem.startswith("_")}
    assert public == PUBLIC_MODULES.get(name, set())


def _private_imports(path: Path) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for module in names:
            parts = module.split(".")
            if parts[0] in OWN_TESTS and len(parts) > 1 and parts[1].startswith("_") and parts[1] != "__main__":
                found.append((parts[0], node.lineno))
    return found


def test_no_private_module_is_imported_from_outside_its_package() -> None:
    places = [ROOT / "src", ROOT / "tests", ROOT / "bench", ROOT / "codegen", ROOT / "docs"]
    offending = []
    for place in places:
        for path in sorted(place.rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            for package, line in _private_imports(path):
                if relative.startswith((f"src/{package}/", f"{OWN_TESTS[package]}/")):
                    continue
                offending.append(f"{relative}:{line} imports a private module of {package}")
    assert offending == [], "export what they need from the package's __init__ instead:\n" + "\n".join(offending)
