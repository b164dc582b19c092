"""The low-level functions of the customers operations, one module each, imported on first use.

The resource `client.customers` is the interface to use; see `invoiced_client.api`.
"""

import importlib
from types import ModuleType

_MODULES = (
    "list_customers",
    "create_customer",
    "retrieve_customer",
    "delete_customer",
    "update_customer",
    "list_customer_subscriptions",
    "retrieve_customer_balance",
    "send_customer_statement",
)

__all__ = list(_MODULES)


def __getattr__(name: str) -> ModuleType:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
