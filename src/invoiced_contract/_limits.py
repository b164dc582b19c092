"""The body size limit: a request over it is refused with 413 and the Error object, before it is read.

The spec gives the limit once, as `bodyBytes` in its top-level `x-limits`
(read with `invoiced_spec.limits`, as the sandbox does), and documents the
shared 413 response on every operation that takes a body. Generated data rarely comes near a mebibyte, so once per such
operation the check resends a request the server accepted with a body one
byte over the limit.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from invoiced_spec import limits

from ._idempotency import with_fresh_key
from ._probe import OncePerOperation, Probe, resend_headers
from ._report import record_probe_status
from ._spec import error_validator, find_operation, spec

__all__ = ["max_body_bytes", "oversized_bodies_get_413"]

_TOO_LARGE = "413"
_probed = OncePerOperation()


@functools.cache
def max_body_bytes() -> int:
    found = limits(spec()).get("bodyBytes")
    if found is None:
        raise LookupError("the spec's x-limits has no bodyBytes, the body size the contract suite probes")
    return found.value


def _oversized_json() -> bytes:
    skeleton = json.dumps({"notes": ""}).encode()
    # One byte over the limit, as valid JSON, so only the size is wrong.
    return json.dumps({"notes": "x" * (max_body_bytes() + 1 - len(skeleton))}).encode()


@schemathesis.check
def oversized_bodies_get_413(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Once per operation documenting 413: the accepted request, with a body one byte over the limit, gets 413."""
    op = find_operation(case.method, case.path)
    if op is None or _TOO_LARGE not in op.responses or not 200 <= response.status_code < 300:
        return None
    if not _probed.first(case.operation.label):
        return None
    request = response.request
    # Another body under the same key is a documented 400 of its own; a fresh key keeps to the size.
    headers = with_fresh_key(resend_headers(request))
    headers["Content-Type"] = "application/json"
    answer = Probe(case, response).send(
        request.method or case.method, request.url or "", headers=headers, data=_oversized_json()
    )
    record_probe_status(case.operation.label, answer.status_code)
    assert answer.status_code == 413, (
        f"{case.method.upper()} {case.formatted_path} with a body of {max_body_bytes() + 1} bytes "
        f"answered {answer.status_code}, not 413"
    )
    problems = [error.message for error in error_validator().iter_errors(answer.json())]
    assert not problems, f"the 413 is not the Error object: {'; '.join(problems)}"
    return None
