"""The low-level functions of the transactions operations, one module each, imported on first use.

The resource `client.transactions` is the interface to use; see `invoiced_client.api`.
"""

import importlib
from types import ModuleType

_MODULES = (
    "list_transactions",
    "create_transaction",
    "retrieve_transaction",
    "delete_transaction",
    "update_transaction",
    "send_transaction_receipt",
    "refund_transaction",
)

__all__ = list(_MODULES)


def __getattr__(name: str) -> ModuleType:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
