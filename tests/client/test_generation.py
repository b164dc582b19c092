"""generated/ is exactly what the generator makes from the spec, and the templates' assumptions about the spec hold."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import invoiced_client
import pytest
import yaml
from invoiced_client.client import DEFAULT_BASE_URL

from invoiced_spec import SPEC_PATH, load_spec, operations, resolve
from tests.fixtures.codegen import generate_client

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
    generate_client(SPEC_PATH, out)
    fresh, committed = _tree(out), _tree(GENERATED)
    assert sorted(fresh) == sorted(committed), "files differ: run `make client`"
    changed = [name for name in fresh if not filecmp.cmp(fresh[name], committed[name], shallow=False)]
    assert changed == [], f"regenerating changes {changed}: run `make client`"


@pytest.mark.slow
def test_an_operation_added_to_the_spec_becomes_a_method(tmp_path: Path) -> None:
    """No hand edit: a new operation gets its method by the naming rule, or by x-sdk-method-name."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    retrieve = spec["paths"]["/invoices/{invoice_id}"]["get"]
    spec["paths"]["/invoices/{invoice_id}/void"] = {
        "parameters": [{"$ref": "#/components/parameters/InvoiceId"}],
        "post": {**retrieve, "operationId": "voidInvoice", "summary": "Void an invoice", "parameters": []},
        "get": {**retrieve, "operationId": "retrieveInvoicePdf", "x-sdk-method-name": "pdf", "parameters": []},
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "client"
    generate_client(changed, out)
    module = (out / "invoiced_client" / "resources" / "invoices.py").read_text()
    assert "    def void(\n        self,\n        invoice_id: int," in module
    assert "    async def void(" in module and '"void": "voidInvoice"' in module
    assert "    def pdf(" in module and '"pdf": "retrieveInvoicePdf"' in module


def test_a_parameter_named_like_a_request_option_stops_the_generation(tmp_path: Path) -> None:
    """`timeout=` and the `extra_*` keywords are every method's own; a spec parameter may not shadow one."""
    spec = yaml.safe_load(SPEC_PATH.read_text())
    listing = spec["paths"]["/customers"]["get"]
    listing["parameters"] = [
        *listing["parameters"],
        {"name": "timeout", "in": "query", "schema": {"type": "integer"}, "description": "Seconds."},
    ]
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False))
    result = subprocess.run(
        [sys.executable, str(ROOT / "codegen" / "generate.py"), "--spec", str(changed), str(tmp_path / "client")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode != 0
    assert "listCustomers: timeout would shadow the SDK's own keyword argument" in result.stdout + result.stderr


@pytest.mark.slow
def test_the_generated_package_passes_ruff_and_mypy_strict(tmp_path: Path) -> None:
    """The runtime the templates emit is checked like our own code, with the package's own settings."""
    ruff = subprocess.run(
        [str(VENV_BIN / "ruff"), "check", "--no-cache", "."], cwd=GENERATED, capture_output=True, text=True, timeout=120
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    formatted = subprocess.run(
        [str(VENV_BIN / "ruff"), "format", "--no-cache", "--check", "."],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert formatted.returncode == 0, formatted.stdout
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "invoiced_client"],
        cwd=GENERATED,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert mypy.returncode == 0, mypy.stdout + mypy.stderr
    assert "strict = true" in (GENERATED / "pyproject.toml").read_text()


def test_importing_the_package_loads_no_models_or_resources() -> None:
    probe = (
        "import sys, invoiced_client\n"
        "lazy = ('invoiced_client.models.', 'invoiced_client.resources')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(lazy))\n"
        "print(loaded)\n"
        "from invoiced_client.models import Customer\n"
        "print(Customer.__module__, 'invoiced_client.models.invoice' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "invoiced_client.models.customer False"]


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
        "assert client.customers.create\n"
        "print(pathlib.Path(c.__file__).parent, (pathlib.Path(c.__file__).parent / 'py.typed').is_file())\n"
    )
    result = subprocess.run([str(python), "-I", "-c", probe], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    location, typed = result.stdout.split()
    assert Path(location).is_relative_to(venv) and typed == "True"
