"""Authentication: a request without a valid key is refused with 401 and the Error object.

The spec (info.x-overview, Authentication): a request without a key, with
a key that is not recognised, or with an `Authorization` header of any
scheme other than `Basic` gets `401` and an error object. The probe resends
a request the server just accepted, so the only thing wrong with it is the
credentials.
"""

from __future__ import annotations

import base64
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from ._probe import OncePerOperation, Probe, resend_headers
from ._spec import error_validator

__all__ = ["unauthenticated_requests_get_401"]

# Once per operation: auth does not depend on the generated data, and probes cost requests.
_probed = OncePerOperation()
_UNKNOWN_KEY = "contract_suite_unknown_key"


def _variants(authorization: str | None) -> dict[str, str | None]:
    unknown = base64.b64encode(f"{_UNKNOWN_KEY}:".encode()).decode()
    variants: dict[str, str | None] = {"no credentials": None, "an unknown key": f"Basic {unknown}"}
    if authorization and authorization.startswith("Basic "):
        key = base64.b64decode(authorization[len("Basic ") :]).decode(errors="replace").split(":", 1)[0]
        variants["the right key under the Bearer scheme"] = f"Bearer {key}"
    return variants


@schemathesis.check
def unauthenticated_requests_get_401(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Resend an accepted request without valid credentials: it must be a 401 with the Error object."""
    if not 200 <= response.status_code < 300 or not _probed.first(case.operation.label):
        return None
    probe = Probe(case, response)
    request = response.request
    headers = resend_headers(request)
    for how, authorization in _variants(probe.authorization).items():
        answer = probe.send(
            request.method or case.method,
            request.url or "",
            authorization=authorization,
            headers=headers,
            data=request.body,
        )
        assert answer.status_code == 401, (
            f"{request.method} {request.url} with {how} got {answer.status_code}, expected 401"
        )
        try:
            body = answer.json()
        except ValueError:
            raise AssertionError(f"the 401 for {how} is not JSON: {answer.text[:200]!r}") from None
        problems = [error.message for error in error_validator().iter_errors(body)]
        assert not problems, f"the 401 for {how} is not the Error object: {'; '.join(problems)}"
        assert body["type"] == "invalid_request", f"the 401 for {how} has type {body['type']!r}"
    return None
