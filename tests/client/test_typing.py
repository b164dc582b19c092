"""Code using the client passes mypy --strict without casts, and mypy catches misuse of it."""

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
def test_the_integration_passes_mypy_strict_with_no_casts(tmp_path: Path) -> None:
    source = (HERE / "integration.py").read_text()
    assert "cast(" not in source and "type: ignore" not in source and "isinstance" not in source
    result = _mypy(HERE / "integration.py", tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr


WRONG = """\
from invoiced_client import InvoicedClient
client = InvoicedClient("key")
name: int = client.customers.retrieve(1).name
client.customers.create(nam="Acme")
client.customers.create(email="a@b.c")
client.customers.create(name="Acme", type_="company")
client.customers.create(name="Acme", type="martian")
client.customers.list(sort="colour")
client.invoices.list(expand=["owner"])
client.invoices.create(customer=1, items=[{"nme": "Paper"}])
client.transactions.list(filter={"type": "gift"})
for customer in client.customers.list():
    customer.no_such_attribute
total: str = client.customers.list().total_count
owner: int = client.invoices.retrieve(1).expanded_customer
raw_status: str = client.customers.with_raw_response.retrieve(1).status_code
client.customers.retrieve(1, timeout="5")
client.customers.retrieve(1, extra_headers={"X-Count": 1})
client.customers.retrieve(1, {"X-Count": "1"})
client.customers.list(extra_query={"expand": object()})
"""


@pytest.mark.slow
def test_mypy_sees_the_types_through_the_client(tmp_path: Path) -> None:
    """Guards against the integration passing only because everything is Any."""
    wrong = tmp_path / "wrong_usage.py"
    wrong.write_text(WRONG)
    result = _mypy(wrong, tmp_path / "cache")
    assert result.returncode == 1
    expected = {
        3: 'expression has type "str", variable has type "int"',
        4: 'Unexpected keyword argument "nam"',
        5: 'Missing named argument "name"',
        6: 'Unexpected keyword argument "type_"',
        7: '"type" to "create" of "Customers" has incompatible type "Literal[\'martian\']"',
        8: '"sort" to "list" of "Customers" has incompatible type "Literal[\'colour\']"',
        9: "List item 0 has incompatible type \"Literal['owner']\"",
        10: 'expected "LineItemInputParam | LineItemInput"',
        11: 'expected "TransactionFilterParam | TransactionFilter | Unset"',
        13: '"Customer" has no attribute "no_such_attribute"',
        14: 'expression has type "int", variable has type "str"',
        15: 'expression has type "Customer", variable has type "int"',
        16: 'expression has type "int", variable has type "str"',
        17: 'Argument "timeout" to "retrieve" of "Customers" has incompatible type "str"',
        18: 'Dict entry 0 has incompatible type "str": "int"; expected "str": "str"',
        19: 'Too many positional arguments for "retrieve" of "Customers"',
        20: 'Dict entry 0 has incompatible type "str": "object"',
    }
    lines = result.stdout.splitlines()
    for number, message in expected.items():
        found = [line for line in lines if line.startswith(f"{wrong}:{number}:")]
        assert any(message in line for line in found), (number, message, found)
