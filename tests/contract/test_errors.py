from __future__ import annotations

import pytest

from invoiced_contract import split_param


@pytest.mark.parametrize(
    ("param", "parts"),
    [
        ("name", ["name"]),
        ("items[0][quantity]", ["items", "0", "quantity"]),
        ("filter[paid]", ["filter", "paid"]),
        ("Idempotency-Key", ["Idempotency-Key"]),
        ("items[0", None),
        ("[0]", None),
    ],
)
def test_split_param(param: str, parts: list[str] | None) -> None:
    assert split_param(param) == parts
