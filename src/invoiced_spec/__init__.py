"""Loading and walking `spec/openapi.yaml`, the one source every other part derives from.

The modules are private; everything other parts use is exported here: the loader and the flat
view of operations, the spec's rules (cross-field rules, limits, validators), the form rules
every part reads bodies by, money as the spec rounds it, and the SDK naming rule.
`python -m invoiced_spec [--summary] [SPEC]` validates and lints a spec (`make spec`).
"""

from __future__ import annotations

from ._defaults import Filler, build_defaults
from ._forms import (
    MAX_DEPTH,
    MAX_INDEX,
    Coercer,
    FormError,
    boolean_spellings,
    bracket_parts,
    build_coercer,
    form_pairs,
    form_text,
    json_fields,
    nest,
)
from ._limits import Limit, limits
from ._loader import SANDBOX_SPEC_PATH, SPEC_PATH, load_spec, resolve
from ._money import CENT, as_money, decimal, round_money
from ._naming import METHOD_NAME_EXTENSION, resource_name, sdk_method, snake_case
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
    "CENT",
    "CROSS_FIELD_RULES",
    "Coercer",
    "Filler",
    "FormError",
    "Limit",
    "MAX_DEPTH",
    "MAX_INDEX",
    "METHOD_NAME_EXTENSION",
    "Operation",
    "Parameter",
    "SANDBOX_SPEC_PATH",
    "SPEC_PATH",
    "SPEC_URI",
    "anchor_refs",
    "as_money",
    "boolean_spellings",
    "bracket_parts",
    "build_coercer",
    "build_defaults",
    "cross_field_rules",
    "decimal",
    "fold_cross_field_rules",
    "form_pairs",
    "form_text",
    "json_fields",
    "least_transaction_amounts",
    "limits",
    "load_spec",
    "nest",
    "operations",
    "resolve",
    "resource_name",
    "round_money",
    "schema_validator",
    "sdk_method",
    "snake_case",
    "with_cross_field_rules",
]
