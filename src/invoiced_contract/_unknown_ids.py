"""An ID that names nothing is `404` with the Error object, on every operation that takes one in its path.

The spec (Errors): `404` means no such object exists for this key, and it
documents that response on every operation with an object's ID in its path.
Generated IDs are mapped onto fixtures so that valid cases reach the
operation's logic, so a run would see that 404 only by chance (a stateful
chain reaching a deleted object). Once per such operation the check resends
a request the server accepted with each object ID replaced by the largest
the spec's ID schema allows, which no server has issued.
"""

from __future__ import annotations

import functools
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, CheckContext, Response

from invoiced_spec import resolve

from ._idempotency import with_fresh_key
from ._model import resource_of_path_param
from ._probe import OncePerOperation, Probe, resend_headers
from ._report import record_probe_status
from ._spec import error_validator, find_operation, spec

__all__ = ["unknown_ids_get_404"]

_NOT_FOUND = "404"
_probed = OncePerOperation()


@functools.cache
def _unissued_id() -> int:
    for param in spec()["components"].get("parameters", {}).values():
        schema = resolve(spec(), param.get("schema", {}))
        if param.get("in") == "path" and isinstance(schema.get("maximum"), int):
            return int(schema["maximum"])
    raise LookupError("no path ID parameter of the spec has a maximum, the ID the contract suite probes with")


@schemathesis.check
def unknown_ids_get_404(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Once per operation with an object ID in its path: the accepted request, naming no object, gets 404."""
    op = find_operation(case.method, case.path)
    if op is None or _NOT_FOUND not in op.responses or not 200 <= response.status_code < 300:
        return None
    names = [name for name in case.path_parameters or {} if resource_of_path_param(name) is not None]
    if not names:
        return None
    if not _probed.first(case.operation.label):
        return None
    probe = Probe(case, response)
    values = {**(case.path_parameters or {}), **dict.fromkeys(names, _unissued_id())}
    request = response.request
    query = urlsplit(request.url or "").query
    url = probe.base + case.path.format(**values) + (f"?{query}" if query else "")
    headers = with_fresh_key(resend_headers(request))
    answer = probe.send(request.method or case.method.upper(), url, headers=headers, data=request.body)
    record_probe_status(case.operation.label, answer.status_code)
    assert answer.status_code == 404, (
        f"{case.method.upper()} {case.path} naming no object ({', '.join(names)} {_unissued_id()}) "
        f"answered {answer.status_code}, not 404: {answer.text[:300]}"
    )
    problems = [error.message for error in error_validator().iter_errors(answer.json())]
    assert not problems, f"the 404 is not the Error object: {'; '.join(problems)}"
    return None
