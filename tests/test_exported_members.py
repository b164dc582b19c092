"""Public and private, by httpx's rule: a package's `__init__` exports, in `__all__`, everything meant for
use outside it, and its modules are private.

All four packages follow the rule; the one public module is `invoiced_sandbox.cli`, the `invoiced-sandbox`
command. The generated client's layout is the generator's; only its `_private` modules are kept to its own
tests.
"""

from __future__ import annotations

import ast
import importlib
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("invoiced_contract", "invoiced_docs", "invoiced_sandbox", "invoiced_spec")
# Modules that may be imported from outside the package, besides the package itself.
PUBLIC_MODULES = {"invoiced_sandbox": {"cli"}}
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
    public = {path.stem for path in folder.iterdir() if path.suffix == ".py" or (path / "__init__.py").exists()}
    public = {stem for stem in public if not stem.startswith("_")}
    assert public == PUBLIC_MODULES.get(name, set())


def _imported_modules(path: Path) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            found.append((node.module or "", node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
    return found


def _reaches_inside(module: str) -> str | None:
    """The package whose insides `module` names, if it names more than the package and its public modules."""
    package, _, rest = module.partition(".")
    if package not in OWN_TESTS or not rest:
        return None
    first = rest.split(".")[0]
    if package == "invoiced_client":
        return package if first.startswith("_") and first != "__main__" else None
    return None if first in PUBLIC_MODULES.get(package, set()) else package


def test_no_package_is_imported_but_through_its_init_from_outside() -> None:
    places = [ROOT / "src", ROOT / "tests", ROOT / "bench", ROOT / "codegen", ROOT / "docs"]
    offending = []
    for place in places:
        for path in sorted(place.rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            for module, line in _imported_modules(path):
                package = _reaches_inside(module)
                if package is None or relative.startswith((f"src/{package}/", f"{OWN_TESTS[package]}/")):
                    continue
                offending.append(f"{relative}:{line} imports {module}")
    assert offending == [], "export what they need from the package's __init__ instead:\n" + "\n".join(offending)
