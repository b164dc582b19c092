from __future__ import annotations

from invoiced_contract import unique_key
from invoiced_contract._idempotency import _key_validator


def test_keys_become_unique_and_stay_valid() -> None:
    for key in ("a", "5b3c1e4e-7c52-4d37-9a0a-3f1d2e6c9b10", "x" * 238, "y" * 255):
        fresh = {unique_key(key) for _ in range(20)}
        assert len(fresh) == 20
        assert all(_key_validator().is_valid(k) for k in fresh)
