"""Loading and walking `spec/openapi.yaml`, the one source every other part derives from."""

from __future__ import annotations

from ._defaults import Filler, build_defaults
from ._limits import Limit, limits
from ._loader import SANDBOX_SPEC_PATH, SPEC_PATH, load_spec, resolve
from ._operations import Operation, Parameter, operations
from ._rules import (
    CROSS_FIELD_RULES,
    cross_field_rules,
    fold_cross_field_rules,
    least_transaction_amounts,
    with_cross_field_rules,
)
from ._validators import SPEC_URI, anchor_refs, schema_validator

__all__ = [
    "CROSS_FIELD_RULES",
    "Filler",
    "SANDBOX_SPEC_PATH",
    "SPEC_PATH",
    "SPEC_URI",
    "Limit",
    "Operation",
    "Parameter",
    "anchor_refs",
    "build_defaults",
    "cross_field_rules",
    "fold_cross_field_rules",
    "least_transaction_amounts",
    "limits",
    "load_spec",
    "operations",
    "resolve",
    "schema_validator",
    "with_cross_field_rules",
]
