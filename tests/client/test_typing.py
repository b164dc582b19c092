"""Code that uses the client passes mypy --strict, and mypy catches misuse of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def _mypy(target: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), str(target)],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_the_usage_example_passes_mypy_strict(tmp_path: Path) -> None:
    result = _mypy(HERE / "usage_example.py", tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_sees_the_types_through_the_client(tmp_path: Path) -> None:
    """Guards against the example passing only because everything is Any."""
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(
        "from invoiced_client import InvoicedClient, paginate\n"
        "from invoiced_client.api.customers import list_customers, retrieve_customer\n"
        "from invoiced_client.models import CustomerCreate\n"
        "client = InvoicedClient('key')\n"
        "name: int = retrieve_customer.sync(1, client=client).name\n"
        "CustomerCreate(nam='Acme')\n"
        "for customer in paginate(list_customers, client=client):\n"
        "    customer.no_such_attribute\n"
    )
    result = _mypy(wrong, tmp_path / "cache")
    assert result.returncode == 1
    assert 'Incompatible types in assignment (expression has type "str", variable has type "int")' in result.stdout
    assert 'Unexpected keyword argument "nam"' in result.stdout
    assert '"Customer" has no attribute "no_such_attribute"' in result.stdout
