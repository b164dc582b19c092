"""The contract suite's own checks, run by schemathesis (`hooks = "invoiced_contract"` in schemathesis.toml).

Importing the package registers with schemathesis the checks for what the
spec promises but a schema cannot say (HTTP promises, billing invariants,
the body size limit, tenant isolation with `API_KEY_B`), the hooks that keep
generated data honest (the spec's `x-` extensions restored before
schemathesis reads it; fixtures made through the API and generated IDs
mapped onto them; fresh idempotency keys; documented rejections and
cascading deletes confirmed by asking the server), the bracket-notation
serializer for form bodies, and the CLI handler that writes the coverage
report. `python -m invoiced_contract` is what `make contract` runs.
`start_sandbox`, `schemathesis_command` and `serving` are how it does so,
for benchmarks and tests that drive the suite or a server themselves. The
modules are private: everything meant for use outside the package is
exported here.
"""

from __future__ import annotations

from ._auth import unauthenticated_requests_get_401
from ._cascades import deleted_with_its_owner
from ._errors import error_body_is_error_object, error_param_names_a_parameter, split_param
from ._extensions import LINK_BODY, restore_extensions
from ._failures import explained
from ._fixtures import FIXTURE_NAME, FixtureError, Fixtures, fixtures_for_the_case_were_made
from ._forms import FORM_MEDIA_TYPE, bracket_pairs, encode_form, received_as_form
from ._idempotency import IDEMPOTENCY_HEADER, replaying_a_key_returns_the_first_response, unique_key
from ._invariants import (
    customer_balance_is_its_open_invoices,
    invoice_balance_follows_its_transactions,
    invoice_problems,
    invoice_totals_add_up,
    refunds_never_exceed_their_original,
)
from ._limits import max_body_bytes, oversized_bodies_get_413
from ._model import ModelError, Resource, build_resources, resources
from ._pagination import LinkHeaderError, link_header_agrees_with_page, parse_link_header
from ._rejections import documented_rejection
from ._report import CoverageReport
from ._resources import (
    created_object_is_at_location,
    deleted_object_is_gone,
    paid_invoice_has_a_charge,
    refund_belongs_to_its_original,
    response_reflects_request,
)
from ._runner import StartedSandbox, free_port, schemathesis_command, serving, start_sandbox
from ._tenants import SECOND_KEY_VARIABLE, other_tenants_cannot_reach_it
from ._unknown_ids import unknown_ids_get_404

__all__ = [
    "bracket_pairs",
    "build_resources",
    "CoverageReport",
    "created_object_is_at_location",
    "customer_balance_is_its_open_invoices",
    "deleted_object_is_gone",
    "deleted_with_its_owner",
    "documented_rejection",
    "encode_form",
    "error_body_is_error_object",
    "error_param_names_a_parameter",
    "explained",
    "FIXTURE_NAME",
    "FixtureError",
    "Fixtures",
    "fixtures_for_the_case_were_made",
    "FORM_MEDIA_TYPE",
    "free_port",
    "IDEMPOTENCY_HEADER",
    "invoice_balance_follows_its_transactions",
    "invoice_problems",
    "invoice_totals_add_up",
    "LINK_BODY",
    "link_header_agrees_with_page",
    "LinkHeaderError",
    "max_body_bytes",
    "ModelError",
    "other_tenants_cannot_reach_it",
    "oversized_bodies_get_413",
    "paid_invoice_has_a_charge",
    "parse_link_header",
    "received_as_form",
    "refund_belongs_to_its_original",
    "refunds_never_exceed_their_original",
    "replaying_a_key_returns_the_first_response",
    "Resource",
    "resources",
    "response_reflects_request",
    "restore_extensions",
    "schemathesis_command",
    "SECOND_KEY_VARIABLE",
    "serving",
    "split_param",
    "start_sandbox",
    "StartedSandbox",
    "unauthenticated_requests_get_401",
    "unique_key",
    "unknown_ids_get_404",
]
