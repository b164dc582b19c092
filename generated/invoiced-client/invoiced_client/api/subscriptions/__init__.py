"""The low-level functions of the subscriptions operations, one module each, imported on first use.

The resource `client.subscriptions` is the interface to use; see `invoiced_client.api`.
"""

import importlib
from types import ModuleType

_MODULES = (
    "list_subscriptions",
    "create_subscription",
    "retrieve_subscription",
    "cancel_subscription",
    "update_subscription",
)

__all__ = list(_MODULES)


def __getattr__(name: str) -> ModuleType:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(_MODULES)
