"""Loading and walking `spec/openapi.yaml`, the one source every other part derives from."""

from __future__ import annotations

from ._loader import *  # noqa: F403
from ._operations import *  # noqa: F403
from ._validators import *  # noqa: F403

__all__ = [
    "SPEC_PATH",
    "Operation",
    "Parameter",
    "load_spec",
    "operations",
    "resolve",
    "schema_validator",
]
