"""Tenant isolation: what one API key's business creates, another key's business never reaches.

The spec (Authentication): each key is its own business and sees only its
own data. With a second key in `API_KEY_B`, every operation key A is
served is tried again as key B, RESTler's namespace rule for billing:
- an operation on one of A's objects (`/invoices/{invoice_id}`, its pay,
  its refunds, ...) is `404` to B, and the object is unchanged for A;
- a create naming one of A's objects in its body (an invoice for A's
  customer) is refused to B;
- B's lists never hold an object A created.
Without `API_KEY_B` the check does nothing.
"""

from __future__ import annotations

import base64
import os
import threading
from collections import Counter
from typing import Any
from urllib.parse import urlsplit

import schemathesis
from schemathesis import Case, CheckContext, HookContext, Response

from ._fixtures import active_fixtures, credentials_for
from ._idempotency import with_fresh_key
from ._model import reference_of_body_field, resource_of_path_param, resources
from ._probe import Probe, base_url, resend_headers
from ._spec import find_operation

__all__ = ["SECOND_KEY_VARIABLE", "other_tenants_cannot_reach_it"]

SECOND_KEY_VARIABLE = "API_KEY_B"
# Probes per operation: isolation does not depend on the data, and each probe costs two to four requests.
_PROBES_PER_OPERATION = 3

_lock = threading.Lock()
_probes: Counter[str] = Counter()
# (server, collection) -> IDs key A created in the run.
_created_by_a: dict[tuple[str, str], set[int]] = {}


def _second_key() -> str | None:
    return os.environ.get(SECOND_KEY_VARIABLE) or None


def _basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


def _sent_by_a(case: Case[Any], response: Response) -> bool:
    credentials = credentials_for(case)
    if credentials is None:
        return False
    own = "Basic " + base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode()
    return response.request.headers.get("Authorization") == own


@schemathesis.hook("after_call")
def remember_what_a_created(context: HookContext, case: Case[Any], response: Response) -> None:
    if _second_key() is None or response.status_code != 201 or not _sent_by_a(case, response):
        return
    try:
        body = response.json()
    except ValueError:
        return
    collection = case.path.strip("/").split("/")[0]
    if isinstance(body, dict) and isinstance(body.get("id"), int) and collection in resources():
        # A refund is made under /transactions/{id}/refunds but is a transaction all the same.
        with _lock:
            _created_by_a.setdefault((base_url(case, response), collection), set()).add(body["id"])


def _take_probe(label: str) -> bool:
    with _lock:
        if _probes[label] >= _PROBES_PER_OPERATION:
            return False
        _probes[label] += 1
        return True


def _resend_as(probe: Probe, response: Response, key: str) -> Any:
    request = response.request
    # B's key store is B's own; a fresh key keeps the probe from depending on it.
    headers = with_fresh_key(resend_headers(request))
    return probe.send(
        request.method or "GET", request.url or "", authorization=_basic(key), headers=headers, data=request.body
    )


def _object_paths(case: Case[Any]) -> list[str]:
    paths = []
    for name, value in (case.path_parameters or {}).items():
        resource = resource_of_path_param(name)
        if resource is not None:
            paths.append(resource.path_of(value))
    return paths


@schemathesis.check
def other_tenants_cannot_reach_it(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Resend what key A was served as key B (API_KEY_B): A's objects are 404 to B and unchanged for A."""
    key_b = _second_key()
    if key_b is None or not 200 <= response.status_code < 300 or not _sent_by_a(case, response):
        return None
    op = find_operation(case.method, case.path)
    if op is None or not _take_probe(case.operation.label):
        return None
    probe = Probe(case, response)
    owned = _object_paths(case)
    if owned:
        gone = case.method.upper() == "DELETE"
        before = {path: probe.get(path) for path in owned} if not gone else {}
        answer = _resend_as(probe, response, key_b)
        assert answer.status_code == 404, (
            f"{case.method.upper()} {case.formatted_path} on key A's object answered {answer.status_code} "
            f"to key B, not 404: {answer.text[:300]}"
        )
        for path, earlier in before.items():
            later = probe.get(path)
            assert (later.status_code, later.content) == (earlier.status_code, earlier.content), (
                f"{path} changed for key A after key B's {case.method.upper()} {case.formatted_path}"
            )
        return None
    body = case.body if isinstance(case.body, dict) else {}
    named = [name for name in body if reference_of_body_field(case.method, case.path, name) is not None]
    if case.method.upper() == "POST" and named:
        answer = _resend_as(probe, response, key_b)
        assert not 200 <= answer.status_code < 300, (
            f"key B was served {case.method.upper()} {case.formatted_path} naming key A's "
            f"{', '.join(f'{n} {body[n]}' for n in named)}: {answer.status_code}"
        )
        return None
    if op.is_list:
        answer = _resend_as(probe, response, key_b)
        if answer.status_code != 200:
            return None
        collection = urlsplit(case.path).path.strip("/").split("/")[-1]
        with _lock:
            theirs = set(_created_by_a.get((probe.base, collection), set()))
        for fixtures in active_fixtures():
            if fixtures.base_url == probe.base:
                theirs |= {object_id for kind, object_id in fixtures.made if kind == collection}
        listed = {item["id"] for item in answer.json() if isinstance(item, dict) and isinstance(item.get("id"), int)}
        leaked = sorted(listed & theirs)
        assert not leaked, f"key B's {case.formatted_path} lists {collection} {leaked}, which key A created"
    return None
