"""The contract suite's own checks, run by schemathesis (`hooks = "invoiced_contract"` in schemathesis.toml).

Importing the package registers, with schemathesis, the checks for what the
spec promises but a schema cannot say, and the bracket-notation serializer
for form bodies. `python -m invoiced_contract` is what `make contract` runs.
"""

from __future__ import annotations

from ._auth import *  # noqa: F403
from ._errors import *  # noqa: F403
from ._forms import *  # noqa: F403
from ._idempotency import *  # noqa: F403
from ._pagination import *  # noqa: F403
from ._rejections import *  # noqa: F403
from ._resources import *  # noqa: F403

__all__ = [
    "FORM_MEDIA_TYPE",
    "IDEMPOTENCY_HEADER",
    "LinkHeaderError",
    "bracket_pairs",
    "created_object_is_at_location",
    "deleted_object_is_gone",
    "documented_rejection",
    "encode_form",
    "error_body_is_error_object",
    "error_param_names_a_parameter",
    "link_header_agrees_with_page",
    "paid_invoice_has_a_charge",
    "parse_link_header",
    "refund_belongs_to_its_original",
    "replaying_a_key_returns_the_first_response",
    "response_reflects_request",
    "split_param",
    "unique_key",
    "unauthenticated_requests_get_401",
]
