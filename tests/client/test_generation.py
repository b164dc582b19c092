"""generated/ is exactly what the generator makes from the spec, and the templates' assumptions about the spec hold."""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
from pathlib import Path

import invoiced_client
import pytest
from invoiced_client.client import DEFAULT_BASE_URL

from invoiced_spec import SPEC_PATH, load_spec, operations, resolve

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated" / "invoiced-client"
VENV_BIN = Path(sys.executable).parent


# Left by running or checking the package in place, and ignored by git.
CACHES = {"__pycache__", ".mypy_cache", ".pytest_cache"}


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in root.rglob("*")
        if path.is_file() and not CACHES.intersection(path.relative_to(root).parts)
    }


@pytest.mark.slow
def test_regenerating_changes_nothing(tmp_path: Path) -> None:
    """The drift check: `make client` would leave generated/ as committed."""
    out = tmp_path / "invoiced-client"
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            str(VENV_BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC_PATH),
            "--meta",
            "uv",
            "--config",
            str(ROOT / "codegen" / "config.yaml"),
            "--custom-template-path",
            str(ROOT / "codegen" / "templates"),
            "--output-path",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The generator reports template and ruff failures as warnings, not as its exit code.
    assert "Warning" not in result.stdout and "Error" not in result.stdout, result.stdout
    fresh, committed = _tree(out), _tree(GENERATED)
    assert sorted(fresh) == sorted(committed), "files differ: run `make client`"
    changed = [name for name in fresh if not filecmp.cmp(fresh[name], committed[name], shallow=False)]
    assert changed == [], f"regenerating changes {changed}: run `make client`"


def test_package_is_typed_and_installed_from_generated() -> None:
    package = Path(invoiced_client.__file__).parent
    assert package == GENERATED / "invoiced_client"
    assert (package / "py.typed").is_file()


def test_default_base_url_is_the_specs_first_server() -> None:
    assert load_spec()["servers"][0]["url"] == DEFAULT_BASE_URL


def test_every_object_query_parameter_is_a_deep_object() -> None:
    """The endpoint template sends object query parameters in bracket notation, which is right only for deepObject."""
    spec = load_spec()
    objects = [
        (operation.operation_id, parameter)
        for operation in operations(spec)
        for parameter in operation.parameters
        if parameter.location == "query" and resolve(spec, parameter.schema).get("type") == "object"
    ]
    assert objects, "the spec has no filter parameters any more; drop the deepObject template"
    for operation_id, parameter in objects:
        assert (parameter.style, parameter.explode) == ("deepObject", True), operation_id


@pytest.mark.slow
def test_pip_installs_it_on_its_own(tmp_path: Path) -> None:
    """`pip install ./generated/invoiced-client` into a bare venv gives a working, typed package."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(GENERATED)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    probe = (
        "import pathlib, invoiced_client as c\n"
        "from invoiced_client.api.customers import create_customer\n"
        "client = c.InvoicedClient('key')\n"
        "print(pathlib.Path(c.__file__).parent, (pathlib.Path(c.__file__).parent / 'py.typed').is_file())\n"
    )
    result = subprocess.run([str(python), "-I", "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    location, typed = result.stdout.split()
    assert Path(location).is_relative_to(venv) and typed == "True"
