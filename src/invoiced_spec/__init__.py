"""Loading and walking `spec/openapi.yaml`, the one source every other part derives from."""

from __future__ import annotations

from ._loader import SANDBOX_SPEC_PATH, SPEC_PATH, load_spec, resolve
from ._operations import Operation, Parameter, operations
from ._rules import least_transaction_amounts
from ._validators import schema_validator

__all__ = [
    "SANDBOX_SPEC_PATH",
    "SPEC_PATH",
    "Operation",
    "Parameter",
    "least_transaction_amounts",
    "load_spec",
    "operations",
    "resolve",
    "schema_validator",
]
