"""The low-level functions of the invoices operations, one module each, imported on first use.

The resource `client.invoices` is the interface to use; see `invoiced_client.api`.
"""

import importlib
from types import ModuleType

_MODULES = (
    "list_invoices",
    "create_invoice",
    "retrieve_invoice",
    "delete_invoice",
    "update_invoice",
    "send_invoice",
    "pay_invoice",
)

__all__ = list(_MODULES)


def __getattr__(name: str) -> ModuleType:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
