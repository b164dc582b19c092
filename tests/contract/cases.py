"""schemathesis cases for single operations, sent to a sandbox, for testing the suite's hooks one at a time."""

from __future__ import annotations

import base64
import json
from typing import Any

import requests
import schemathesis

from invoiced_spec import SPEC_PATH
from tests.fixtures.sandbox import RunningSandbox

__all__ = ["make_case", "refused", "send_case"]

# An empty config: the project's schemathesis.toml wants API_KEY, which these cases send themselves.
SCHEMA = schemathesis.openapi.from_path(SPEC_PATH, config=schemathesis.config.SchemathesisConfig())


def make_case(method: str, template: str, **parts: Any) -> Any:
    """A JSON case for the operation at `template` (`/invoices/{invoice_id}`); IDs go in `path_parameters`."""
    return SCHEMA[template][method].Case(media_type="application/json", **parts)


def _authorization(sandbox: RunningSandbox) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{sandbox.api_key}:".encode()).decode()}


def send_case(sandbox: RunningSandbox, method: str, template: str, **parts: Any) -> tuple[Any, Any]:
    """The case, sent to the sandbox as schemathesis sends it (hooks included), and its response."""
    case = make_case(method, template, **parts)
    return case, case.call(base_url=sandbox.base_url, headers=_authorization(sandbox))


def refused(sandbox: RunningSandbox, case: Any, param: str) -> schemathesis.Response:
    """What a faulty server might answer `case` with: a 400 naming `param`, sent without asking the sandbox."""
    request = requests.Request(case.method, sandbox.base_url + case.formatted_path, headers=_authorization(sandbox))
    body = json.dumps({"type": "invalid_request", "message": "Refused", "param": param}).encode()
    headers = {"content-type": ["application/json"]}
    return schemathesis.Response(400, headers, body, request.prepare(), elapsed=0.0, verify=True)
